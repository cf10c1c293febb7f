import { describe, expect, it } from "vitest";
import { requestId } from "./request-id.mjs";

const proxyId = "0123456789abcdef0123456789abcdef";

describe("requestId", () => {
  it("keeps the proxy's id only when proxies are trusted", () => {
    expect(requestId(proxyId, 1)).toBe(proxyId);
    expect(requestId(proxyId, 0)).not.toBe(proxyId);
  });

  it("makes a new id of nginx's shape for anything else a client could write", () => {
    for (const header of ["short", `${proxyId}\nforged line`, proxyId.toUpperCase(), `${proxyId}0`, [proxyId], undefined]) {
      const made = requestId(header, 1);
      expect(made).toMatch(/^[0-9a-f]{32}$/);
      expect(made).not.toBe(header);
    }
  });

  it("gives each request its own id", () => {
    expect(requestId(undefined, 0)).not.toBe(requestId(undefined, 0));
  });
});
