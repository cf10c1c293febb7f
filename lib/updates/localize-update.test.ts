import { describe, expect, it } from "vitest";
import { localizedPath } from "@/lib/i18n/localized-path";
import { findingHref, localizeUpdateBody, updateHref } from "./localize-update";
import { markdownToHtml } from "./markdown-html";

describe("localized paths of updates and findings", () => {
  it("follow the routing table in each language", () => {
    expect(localizedPath("fr", "/updates")).toBe("/fr/mises-a-jour");
    expect(localizedPath("en", "/")).toBe("/en");
    expect(findingHref("2021--a", "fr", "https://act.example")).toBe("https://act.example/fr/constats/2021--a");
    expect(updateHref({ id: "u1", campaign: { slug: "s" } }, "fr")).toBe("/fr/campagnes/s/mises-a-jour/u1");
  });
});

describe("localizeUpdateBody", () => {
  const body = "See [all findings](findings) and [this one](/en/findings/a)[[cite:a]].";
  it("keeps the organiser's links relative on the site, from the language root so that every page reads them alike", () => {
    expect(localizeUpdateBody(body, "fr", () => true).markdown).toBe("See [all findings](</fr/findings>) and [this one](/en/findings/a)[1](/fr/constats/a).");
  });

  it("makes them absolute for emails and feeds", () => {
    const { markdown, citations } = localizeUpdateBody(body, "en", () => true, "https://act.example");
    expect(markdown).toBe("See [all findings](<https://act.example/en/findings>) and [this one](<https://act.example/en/findings/a>)[1](https://act.example/en/findings/a).");
    expect(citations).toEqual([{ n: 1, id: "a", href: "https://act.example/en/findings/a" }]);
  });

  it("empties an address that could run code, everywhere the update goes", () => {
    const { markdown } = localizeUpdateBody("[click](javascript:alert(1)) [data](data:text/html,x) [mail](mailto:a@example.org)", "en", () => true, "https://act.example");
    expect(markdown).toBe("[click](<>) [data](<>) [mail](mailto:a@example.org)");
    expect(markdownToHtml(markdown)).not.toMatch(/javascript:|data:/);
  });
});
