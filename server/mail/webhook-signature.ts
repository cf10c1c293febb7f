import { createHmac, timingSafeEqual } from "node:crypto";

/*
 * Resend signs webhooks the Svix way: HMAC-SHA256 over "<svix-id>.<svix-timestamp>.<raw body>"
 * with the base64 secret after "whsec_", sent as "v1,<base64>" (several, space-separated, while a
 * secret is rotated). Events older or newer than five minutes are refused, so a captured request
 * cannot be replayed later.
 */

const TOLERANCE_SECONDS = 5 * 60;

export type WebhookHeaders = { id: string | null; timestamp: string | null; signature: string | null };

export type VerifyResult = { ok: true } | { ok: false; reason: "missing-headers" | "stale" | "bad-signature" };

export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

export function verifyWebhook(secret: string, headers: WebhookHeaders, body: string, now = Date.now()): VerifyResult {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature) return { ok: false, reason: "missing-headers" };
  const seconds = Number(timestamp);
  if (!Number.isInteger(seconds) || Math.abs(now / 1000 - seconds) > TOLERANCE_SECONDS) return { ok: false, reason: "stale" };
  const expected = Buffer.from(signWebhook(secret, id, seconds, body).slice(3), "base64");
  const matches = signature.split(" ").some((candidate) => {
    const [version, value] = candidate.split(",");
    if (version !== "v1" || !value) return false;
    const given = Buffer.from(value, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? { ok: true } : { ok: false, reason: "bad-signature" };
}
