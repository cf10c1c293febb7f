import { describe, expect, it } from "vitest";
import { hasControlCharacters, multiLineText, singleLineText } from "./plain-text";

describe("the typed-text rule", () => {
  it("refuses NUL and other control characters in one-line text, first among the field's problems", () => {
    const name = singleLineText({ error: "nameRequired" }).trim().min(1, "nameRequired").max(5, "nameTooLong");
    expect(name.safeParse("Ana\u0000Lima").error?.issues[0]?.message).toBe("controlCharacters");
    for (const bad of ["a\u0007", "a\u001b[31m", "a\u007f", "a\u0085", "a\nb", "a\tb"]) expect(hasControlCharacters(bad), JSON.stringify(bad)).toBe(true);
    expect(name.safeParse(" Zoë ").data).toBe("Zoë");
  });

  it("keeps line breaks and tabs in multi-line text, and nothing else", () => {
    expect(multiLineText().safeParse("Dear member,\r\n\n\tplease act.").success).toBe(true);
    expect(multiLineText().safeParse("Dear\u0000 member").error?.issues[0]?.message).toBe("controlCharacters");
  });
});
