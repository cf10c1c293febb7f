import { describe, expect, it } from "vitest";
import { seal, unseal } from "./seal";

const secret = "s".repeat(40);

describe("seal", () => {
  it("round-trips a value and hides it", () => {
    const sealed = seal(secret, { url: "https://act.example.org/confirm/abc" });
    expect(sealed).not.toContain("confirm");
    expect(unseal(secret, sealed)).toEqual({ url: "https://act.example.org/confirm/abc" });
  });

  it("refuses a tampered value or another secret", () => {
    const sealed = seal(secret, { url: "x" });
    const [iv, tag, body] = sealed.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(() => unseal(secret, [iv, tag, flipped.toString("base64url")].join("."))).toThrow();
    expect(() => unseal("t".repeat(40), sealed)).toThrow();
  });
});
