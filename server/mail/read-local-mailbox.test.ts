import { describe, expect, it } from "vitest";
import { localMailboxEnabled } from "./read-local-mailbox";

describe("localMailboxEnabled", () => {
  it("opens only outside production and only when mail stays local", () => {
    expect(localMailboxEnabled({ NODE_ENV: "development", MAIL_LOCAL: true })).toBe(true);
    expect(localMailboxEnabled({ NODE_ENV: "test", MAIL_LOCAL: true })).toBe(true);
    expect(localMailboxEnabled({ NODE_ENV: "production", MAIL_LOCAL: true })).toBe(false);
    expect(localMailboxEnabled({ NODE_ENV: "development", MAIL_LOCAL: false })).toBe(false);
  });
});
