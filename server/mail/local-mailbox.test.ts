import { describe, expect, it } from "vitest";
import { localMailboxEnabled } from "./local-mailbox";

describe("localMailboxEnabled", () => {
  it("opens only while mail stays local and the server listens on this machine alone", () => {
    expect(localMailboxEnabled({ HOSTNAME: "localhost", MAIL_LOCAL: true })).toBe(true);
    expect(localMailboxEnabled({ HOSTNAME: "127.0.0.1", MAIL_LOCAL: true })).toBe(true);
    expect(localMailboxEnabled({ HOSTNAME: "localhost", MAIL_LOCAL: false })).toBe(false);
    expect(localMailboxEnabled({ HOSTNAME: "0.0.0.0", MAIL_LOCAL: true })).toBe(false);
    expect(localMailboxEnabled({ HOSTNAME: "192.0.2.2", MAIL_LOCAL: true })).toBe(false);
    // A bare `next start` (no HOSTNAME) listens on every interface.
    expect(localMailboxEnabled({ HOSTNAME: undefined, MAIL_LOCAL: true })).toBe(false);
  });
});
