import { describe, expect, it } from "vitest";
import { safeUrl } from "./safe-url";

describe("safeUrl", () => {
  it("keeps http, https, mailto and addresses without a scheme", () => {
    for (const url of ["https://example.org/a?b#c", "HTTP://example.org", "mailto:a@example.org", "/en/findings/x", "findings/x", "#sources", "?page=2", "//example.org/x"]) {
      expect(safeUrl(url), url).toBe(url);
    }
  });

  it("refuses every other scheme, however it is spelled", () => {
    for (const url of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      " \u0001javascript:alert(1)",
      "data:text/html,x",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "tel:+15555550100",
      "blob:https://x/y",
      "java%09script:alert(1)",
      "%01javascript:alert(1)",
      "%20javascript:alert(1)",
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).toBeUndefined();
    }
    expect(safeUrl(undefined)).toBeUndefined();
  });
});
