import { describe, expect, it } from "vitest";
import { escapeHtml, html } from "./html";

// Under another name, so that Prettier (which formats html`…` as HTML) leaves the exact strings alone.
const markup = html;

describe("html", () => {
  it("escapes every interpolated text, attributes included", () => {
    const name = `<b>Zoé</b> & "friends" 'n'`;
    expect(markup`<p title="${name}">${name}</p>`.value).toBe('<p title="&lt;b&gt;Zoé&lt;/b&gt; &amp; &quot;friends&quot; &#39;n&#39;">&lt;b&gt;Zoé&lt;/b&gt; &amp; &quot;friends&quot; &#39;n&#39;</p>');
  });

  it("keeps nested fragments and lists as written, and prints nothing for empty values", () => {
    const items = ["a<", "b"].map((item) => markup`<li>${item}</li>`);
    expect(markup`<ul>${items}</ul>${null}${undefined}${false}${0}`.value).toBe("<ul><li>a&lt;</li><li>b</li></ul>0");
  });

  it("escapes plain strings the same way", () => {
    expect(escapeHtml("<script>alert('x')</script>")).toBe("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  });
});
