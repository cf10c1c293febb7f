import { describe, expect, it } from "vitest";
import { isLoopbackHost } from "./loopback";

describe("isLoopbackHost", () => {
  it("accepts only addresses that other machines cannot reach", () => {
    for (const host of ["localhost", "LOCALHOST", "app.localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]", "::ffff:127.0.0.1"]) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of [undefined, "", "0.0.0.0", "::", "192.0.2.2", "example.org", "localhost.example.org", "1127.0.0.1"]) {
      expect(isLoopbackHost(host), String(host)).toBe(false);
    }
  });
});
