import { describe, expect, it } from "vitest";
import { localizedPath } from "@/lib/i18n/localized-path";
import { findingHref, updateHref } from "./localize-update";

describe("localized paths of updates and findings", () => {
  it("follow the routing table in each language", () => {
    expect(localizedPath("fr", "/updates")).toBe("/fr/mises-a-jour");
    expect(localizedPath("en", "/")).toBe("/en");
    expect(findingHref("2021--a", "fr", "https://act.example")).toBe("https://act.example/fr/constats/2021--a");
    expect(updateHref({ id: "u1", campaign: { slug: "s" } }, "fr")).toBe("/fr/campagnes/s/mises-a-jour/u1");
  });
});
