import { describe, expect, it } from "vitest";
import { numberCitations } from "./citations";
import { markdownToHtml } from "./markdown-html";

describe("an update's Markdown as HTML for feeds", () => {
  it("renders Markdown, drops raw HTML and marks citations as superscripts", () => {
    const { markdown, citations } = numberCitations("**Bold** & <script>alert(1)</script> [[cite:2021--a]]", (id) => `https://act.example/en/findings/${id}`);
    const html = markdownToHtml(markdown, citations);
    expect(html).toContain("<strong>Bold</strong> &#x26;");
    expect(html).not.toContain("<script");
    expect(html).toContain('<sup><a href="https://act.example/en/findings/2021--a">1</a></sup>');
  });
});
