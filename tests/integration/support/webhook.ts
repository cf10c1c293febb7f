import { signWebhook } from "@/server/mail/webhook-signature";
import { uniqueSuffix } from "../../support/factories";

type Options = { id?: string; secret?: string; timestamp?: number; tamper?: boolean };

/** A Resend webhook delivery as Resend (Svix) signs it, for POST /api/webhooks/resend. */
export function webhookDelivery(type: string, emailId: string, to: string, options: Options = {}): Request {
  const body = JSON.stringify({ type, created_at: new Date().toISOString(), data: { email_id: emailId, to: [to] } });
  const id = options.id ?? `msg_${uniqueSuffix()}`;
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = signWebhook(options.secret ?? process.env.RESEND_WEBHOOK_SECRET!, id, timestamp, body);
  const sent = options.tamper ? body.replace(type, "email.delivered") : body;
  return new Request("https://act.privatefaces.example/api/webhooks/resend", {
    method: "POST",
    body: sent,
    headers: { "svix-id": id, "svix-timestamp": String(timestamp), "svix-signature": signature, "content-type": "application/json" },
  });
}
