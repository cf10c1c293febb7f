import { bodyLimits, readBody } from "@/lib/http/read-body";
import { systemContext } from "@/server/context";
import { handleResendWebhook } from "@/server/mail/handle-resend-webhook";
import { respondUnlessUnavailable } from "@/server/outage/unavailable-response";

export const dynamic = "force-dynamic";

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
      return Response.json(result.body, { status: result.status });
    },
  );
}
