import { describe, expect, it } from "vitest";
import { signToken, verifyToken } from "./signed-token";

const secret = "s".repeat(40);
const DAY = 86_400;

describe("signed tokens", () => {
  it("round-trip their subject", () => {
    expect(verifyToken(secret, "unsubscribe", signToken(secret, "unsubscribe", "ana@example.org"), DAY)).toBe("ana@example.org");
  });

  it("are refused when altered, signed for another purpose, with another secret, or expired", () => {
    const token = signToken(secret, "unsubscribe", "ana@example.org", Date.now() - 2 * DAY * 1000);
    const forged = Buffer.from(JSON.stringify({ sub: "other@example.org", iat: Math.floor(Date.now() / 1000) })).toString("base64url");
    expect(verifyToken(secret, "unsubscribe", `${forged}.${token.split(".")[1]}`, 3 * DAY)).toBeNull();
    expect(verifyToken(secret, "preferences", token, 3 * DAY)).toBeNull();
    expect(verifyToken("t".repeat(40), "unsubscribe", token, 3 * DAY)).toBeNull();
    expect(verifyToken(secret, "unsubscribe", token, DAY)).toBeNull();
    expect(verifyToken(secret, "unsubscribe", token, 3 * DAY)).toBe("ana@example.org");
    expect(verifyToken(secret, "unsubscribe", "garbage", DAY)).toBeNull();
  });
});
