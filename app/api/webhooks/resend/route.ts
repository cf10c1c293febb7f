import { bodyLimits, readBody } from "@/lib/http/read-body";
import { systemContext } from "@/server/context";
import { handleResendWebhook, type WebhookRefusal } from "@/server/mail/handle-resend-webhook";
import { respondUnlessUnavailable } from "@/server/outage/unavailable-response";

export const dynamic = "force-dynamic";

// Forged, or webhooks not configured: 401. Stale, incomplete or malformed: 400.
const refusalStatus: Record<WebhookRefusal, 400 | 401> = { "not-configured": 401, "bad-signature": 401, "missing-headers": 400, stale: 400, malformed: 400 };
const refusalMessages: Record<WebhookRefusal, string> = {
  "not-configured": "webhooks are not configured (RESEND_WEBHOOK_SECRET)",
  "bad-signature": "bad-signature",
  "missing-headers": "missing-headers",
  stale: "stale",
  malformed: "malformed event",
};

/**
 * Resend's bounce / complaint / delivery events; the raw body is what the signature covers. Its
 * size is checked first (413 past 256 KB): computing an HMAC over an unbounded upload is work an
 * unsigned sender could make us do. A 503 while the database is unreachable makes Resend deliver
 * the event again later.
 */
export async function POST(request: Request) {
  const read = await readBody(request, bodyLimits.webhook);
  if (!read.ok) return read.response;
  return respondUnlessUnavailable(
    () => "en",
    async () => {
      const result = await handleResendWebhook(systemContext("resend-webhook"), read.text, {
        id: request.headers.get("svix-id"),
        timestamp: request.headers.get("svix-timestamp"),
        signature: request.headers.get("svix-signature"),
      });
      if (result.ok) return Response.json(result.duplicate ? { ok: true, duplicate: true } : { ok: true }, { status: 200 });
      return Response.json({ error: refusalMessages[result.error] }, { status: refusalStatus[result.error] });
    },
  );
}
