import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhook } from "./webhook-signature";

const secret = `whsec_${Buffer.from("test-secret-bytes").toString("base64")}`;
const body = JSON.stringify({ type: "email.bounced", data: { email_id: "e1" } });
const now = Date.UTC(2026, 10, 21, 12, 0, 0);
const ts = Math.floor(now / 1000);

describe("verifyWebhook", () => {
  it("accepts its own signature, also among several during a key rotation", () => {
    const signature = signWebhook(secret, "msg_1", ts, body);
    expect(verifyWebhook(secret, { id: "msg_1", timestamp: String(ts), signature }, body, now)).toEqual({ ok: true });
    expect(verifyWebhook(secret, { id: "msg_1", timestamp: String(ts), signature: `v1,b2xkIGtleQ== ${signature}` }, body, now)).toEqual({ ok: true });
  });

  it("refuses a changed body, another id, another secret, or a timestamp five minutes off", () => {
    const signature = signWebhook(secret, "msg_1", ts, body);
    expect(verifyWebhook(secret, { id: "msg_1", timestamp: String(ts), signature }, `${body} `, now)).toEqual({ ok: false, reason: "bad-signature" });
    expect(verifyWebhook(secret, { id: "msg_2", timestamp: String(ts), signature }, body, now)).toEqual({ ok: false, reason: "bad-signature" });
    expect(verifyWebhook(`whsec_${Buffer.from("other").toString("base64")}`, { id: "msg_1", timestamp: String(ts), signature }, body, now).ok).toBe(false);
    expect(verifyWebhook(secret, { id: "msg_1", timestamp: String(ts), signature }, body, now + 301_000)).toEqual({ ok: false, reason: "stale" });
    expect(verifyWebhook(secret, { id: null, timestamp: String(ts), signature }, body, now)).toEqual({ ok: false, reason: "missing-headers" });
  });
});
