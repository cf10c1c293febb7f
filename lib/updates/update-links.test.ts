import { describe, expect, it } from "vitest";
import { markdownToHtml } from "./markdown-html";
import { resolveUpdateHref, rewriteMarkdownLinks } from "./update-links";

const origin = "https://act.privatefaces.example";

describe("resolveUpdateHref", () => {
  it("reads a relative path from the update's language root, a root path as typed", () => {
    expect(resolveUpdateHref("findings/x", "en")).toBe("/en/findings/x");
    expect(resolveUpdateHref("./constats/x", "fr")).toBe("/fr/constats/x");
    expect(resolveUpdateHref("/fr/constats/x?a=1#b", "en")).toBe("/fr/constats/x?a=1#b");
    expect(resolveUpdateHref("findings/x", "fr", `${origin}/`)).toBe(`${origin}/fr/findings/x`);
    expect(resolveUpdateHref("/en/findings/x", "en", origin)).toBe(`${origin}/en/findings/x`);
  });

  it("leaves addresses with a scheme, protocol-relative ones and anchors alone", () => {
    for (const href of ["https://www.priv.gc.ca/en/", "mailto:hello@privatefaces.example", "//example.org/x", "#sources", ""]) {
      expect(resolveUpdateHref(href, "en", origin)).toBe(href);
    }
  });
});

describe("rewriteMarkdownLinks", () => {
  const absolute = (markdown: string) => rewriteMarkdownLinks(markdown, (href) => resolveUpdateHref(href, "en", origin));

  it("makes inline links, images and definitions absolute, and nothing else", () => {
    const source = [
      'Read [the finding](/en/findings/2021-02-03 "The \\"joint\\" report") and [its French](findings/x).',
      "",
      "**Bold** stays, as does [the commissioner](https://www.priv.gc.ca/) and `[code](/en/x)`.",
      "",
      "![A chart](charts/one.png) and [a reference][ref].",
      "",
      "[ref]: ../updates",
    ].join("\n");
    const out = absolute(source);
    expect(out).toContain(`[the finding](<${origin}/en/findings/2021-02-03> "The \\"joint\\" report")`);
    expect(out).toContain(`[its French](<${origin}/en/findings/x>)`);
    expect(out).toContain(`![A chart](<${origin}/en/charts/one.png>)`);
    expect(out).toContain(`[ref]: <${origin}/updates>`);
    expect(out).toContain("**Bold** stays, as does [the commissioner](https://www.priv.gc.ca/) and `[code](/en/x)`.");
    const html = markdownToHtml(out);
    expect(html).toContain(`<a href="${origin}/en/findings/2021-02-03" title="The &#x22;joint&#x22; report">the finding</a>`);
    expect(html).toContain(`<a href="${origin}/updates">a reference</a>`);
    expect(html).toContain(`<img src="${origin}/en/charts/one.png" alt="A chart">`);
  });

  it("handles nested brackets, an image inside a link, and leaves text without links as it was", () => {
    expect(absolute("[see [1]](findings/a)")).toBe(`[see [1]](<${origin}/en/findings/a>)`);
    expect(absolute("[![logo](logo.png)](/en)")).toBe(`[![logo](<${origin}/en/logo.png>)](<${origin}/en>)`);
    const plain = "No links here: findings/x, /en/x, [brackets] alone.";
    expect(absolute(plain)).toBe(plain);
  });
});
