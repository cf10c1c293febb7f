import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { consentRecords, emailMessages, emailSuppressions, supporters, webhookEvents } from "@/db/schema";
import type { UnitOfWork } from "@/db/transaction";
import { canonicalEmail } from "./canonical";
import { env } from "@/lib/env";
import { failed, ok, type Result } from "@/lib/result";
import { verifyWebhook, type WebhookHeaders } from "./webhook-signature";
import { transaction, type Context } from "@/server/context";
import { disableBouncedTarget } from "@/server/letters/disable-bounced-target";

const event = z.object({
  type: z.string(),
  created_at: z.string().optional(),
  data: z.object({ email_id: z.string().optional(), to: z.union([z.string(), z.array(z.string())]).optional() }).passthrough(),
});

/** Why an event was not applied (the route answers each with the status it always has: 401 or 400). */
export type WebhookRefusal = "not-configured" | "bad-signature" | "missing-headers" | "stale" | "malformed";
export type WebhookResult = Result<{ duplicate: boolean }, WebhookRefusal>;

async function suppress(tx: UnitOfWork, addresses: string[], reason: "bounced" | "complained", detail: string) {
  for (const address of addresses.map(canonicalEmail)) {
    // A bounce or complaint outranks an earlier unsubscribe: it also stops transactional mail.
    await tx.db
      .insert(emailSuppressions)
      .values({ address, reason, detail })
      .onConflictDoUpdate({ target: emailSuppressions.address, set: { reason, detail }, where: inArray(emailSuppressions.reason, ["unsubscribed", "manual"]) });
    const changed = await tx.db
      .update(supporters)
      .set({ subscriptionStatus: reason, updatedAt: sql`now()` })
      .where(and(eq(supporters.canonicalEmail, address), inArray(supporters.subscriptionStatus, ["pending", "subscribed", "none"])))
      .returning({ id: supporters.id, locale: supporters.locale });
    // A spam complaint withdraws consent to bulk mail as surely as an unsubscribe does.
    if (reason === "complained") {
      for (const supporter of changed) {
        await tx.db.insert(consentRecords).values({ supporterId: supporter.id, purpose: "updates", action: "withdrawn", locale: supporter.locale, source: "spam complaint (Resend webhook)" });
      }
    }
  }
}

/**
 * Applies a Resend webhook: verifies its signature first (a forged, altered, stale or malformed
 * event is refused, see WebhookRefusal), then records bounces and complaints as suppressions and
 * moves message states. Each event is applied once, keyed by its Svix id, so a redelivery changes
 * nothing (it is a duplicate). The route calls it as the system: the sender is Resend, proven by
 * the signature, not a visitor.
 */
export async function handleResendWebhook(ctx: Context, body: string, headers: WebhookHeaders): Promise<WebhookResult> {
  const secret = env().RESEND_WEBHOOK_SECRET;
  if (!secret) return failed("not-configured");
  const verified = verifyWebhook(secret, headers, body);
  if (!verified.ok) return failed(verified.reason);
  let parsed: z.infer<typeof event>;
  try {
    parsed = event.parse(JSON.parse(body));
    // The event is kept as jsonb, which refuses U+0000 (a 500 and a redelivery loop).
    if (body.includes("\\u0000")) throw new Error("NUL in the event");
  } catch {
    return failed("malformed");
  }
  const recipients = [parsed.data.to ?? []].flat();
  const emailId = parsed.data.email_id;
  return transaction(ctx, async (tx) => {
    const [fresh] = await tx.db.insert(webhookEvents).values({ id: headers.id!, type: parsed.type, payload: parsed }).onConflictDoNothing().returning();
    if (!fresh) return ok({ duplicate: true });
    const byProvider = emailId ? eq(emailMessages.providerId, emailId) : sql`false`;
    if (parsed.type === "email.delivered") {
      await tx.db
        .update(emailMessages)
        .set({ status: "delivered", updatedAt: sql`now()` })
        .where(and(byProvider, eq(emailMessages.status, "sent")));
    } else if (parsed.type === "email.bounced" || parsed.type === "email.complained") {
      const reason = parsed.type === "email.bounced" ? "bounced" : "complained";
      await tx.db
        .update(emailMessages)
        .set({ status: reason, lastError: `${reason} (Resend webhook)`, updatedAt: sql`now()` })
        .where(byProvider);
      await suppress(tx, recipients, reason, `Resend ${parsed.type} ${emailId ?? ""}`.trim());
      if (reason === "bounced" && emailId) await disableBouncedTarget({ actor: { kind: "system", name: "resend-webhook" }, unit: tx }, emailId);
    }
    return ok({ duplicate: false });
  });
}
