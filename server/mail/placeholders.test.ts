import { describe, expect, it } from "vitest";
import { fillPlaceholders, placeholder } from "./placeholders";

describe("fillPlaceholders", () => {
  it("escapes values in HTML and leaves them as they are in text", () => {
    const template = `<p>Hello ${placeholder("name")}</p>`;
    expect(fillPlaceholders(template, { name: `Zoë <script>"x"` }, "html")).toBe("<p>Hello Zoë &lt;script&gt;&quot;x&quot;</p>");
    expect(fillPlaceholders("Hello {{name}}", { name: "Zoë <b>" }, "text")).toBe("Hello Zoë <b>");
  });

  it("leaves unknown placeholders visible rather than silently empty", () => {
    expect(fillPlaceholders("{{name}} {{missing}}", { name: "Ana" }, "text")).toBe("Ana {{missing}}");
  });
});
