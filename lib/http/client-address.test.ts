import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address.mjs";

describe("clientAddress", () => {
  it("with no proxy, is the socket's peer whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1", 0)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", undefined, 0)).toBe("203.0.113.9");
    expect(clientAddress(undefined, "198.51.100.1", 0)).toBeUndefined();
  });

  it("behind proxies, is the entry the outermost proxy wrote, not one the client wrote", () => {
    expect(clientAddress("10.0.0.2", "1.1.1.1, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", ["1.1.1.1", "203.0.113.9, 10.0.0.1"], 2)).toBe("203.0.113.9");
    // Fewer entries than proxies: the leftmost one, never the peer (one of our proxies).
    expect(clientAddress("10.0.0.2", "203.0.113.9", 2)).toBe("203.0.113.9");
  });

  it("behind proxies, falls back to the peer when no proxy wrote anything", () => {
    expect(clientAddress("203.0.113.9", undefined, 1)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9", " , ", 1)).toBe("203.0.113.9");
  });
});
