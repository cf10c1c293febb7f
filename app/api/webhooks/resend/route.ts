import { handleResendWebhook } from "@/server/mail/handle-resend-webhook";
import { respondUnlessUnavailable } from "@/server/outage/unavailable-response";

export const dynamic = "force-dynamic";

/**
 * Resend's bounce / complaint / delivery events; the raw body is what the signature covers. A 503
 * while the database is unreachable makes Resend deliver the event again later.
 */
export async function POST(request: Request) {
  const body = await request.text();
  return respondUnlessUnavailable(
    () => "en",
    async () => {
      const result = await handleResendWebhook(body, {
        id: request.headers.get("svix-id"),
        timestamp: request.headers.get("svix-timestamp"),
        signature: request.headers.get("svix-signature"),
      });
      return Response.json(result.body, { status: result.status });
    },
  );
}
