import { and, inArray, sql } from "drizzle-orm";
import { emailMessages } from "@/db/schema";
import { metrics } from "@/lib/metrics/registry.mjs";
import { database, type Context } from "@/server/context";
import type { OutgoingEmail, SendOutcome } from "./outgoing";

/** How many times this job has been tried before, and how many retries its queue allows. */
export type Attempt = { retryCount: number; retryLimit: number };

export const isLastAttempt = (attempt: Attempt) => attempt.retryCount >= attempt.retryLimit;

// Only a message still in flight may change here: a webhook may already have moved it on.
const inFlight = inArray(emailMessages.status, ["queued", "sending"]);

/**
 * Writes what a send attempt came to on each message it covered (one, or a batch in order).
 * Returns whether the job should throw so that the queue retries it later.
 */
export async function recordOutcome(ctx: Context, ids: string[], emails: OutgoingEmail[], outcome: SendOutcome, how: { attempt: Attempt; transport: "resend" | "outbox"; keepBodies: boolean; batch: boolean }): Promise<{ retry: boolean }> {
  if (outcome.ok) {
    // One statement for the whole batch: per-row updates would cost a round trip per email.
    const rows = ids.map((id, index) => {
      const email = emails[index];
      const body = how.keepBodies ? email : undefined;
      return sql`(${id}::uuid, ${outcome.providerIds[index] ?? null}::text, ${email?.subject ?? null}::text, ${body?.html ?? null}::text, ${body?.text ?? null}::text)`;
    });
    await database(ctx).execute(sql`
      update email_messages as m
      set status = 'sent', transport = ${how.transport}, provider_id = v.provider_id, subject = v.subject, sealed_props = null,
          html = v.html, text_body = v.text_body, sent_at = now(), updated_at = now(),
          last_error = ${outcome.alreadySent ? "provider had already accepted this idempotency key" : null}
      from (values ${sql.join(rows, sql`, `)}) as v(id, provider_id, subject, html, text_body)
      where m.id = v.id and m.status in ('queued', 'sending')`);
    metrics().emailsSent.inc({ transport: how.transport }, ids.length);
    return { retry: false };
  }
  const giveUp = !outcome.retryable || isLastAttempt(how.attempt);
  const error = giveUp && outcome.retryable ? `gave up after ${how.attempt.retryCount + 1} attempts: ${outcome.message}` : outcome.message;
  await database(ctx)
    .update(emailMessages)
    .set({
      // A frozen batch stays "sending" between attempts so its retry re-sends exactly that batch.
      status: giveUp ? "failed" : how.batch ? "sending" : "queued",
      lastError: error,
      subject: emails[0] && ids.length === 1 ? emails[0].subject : undefined,
      updatedAt: sql`now()`,
    })
    .where(and(inArray(emailMessages.id, ids), inFlight));
  (giveUp ? metrics().emailsFailed : metrics().emailsRetried).inc({ transport: how.transport }, ids.length);
  return { retry: !giveUp };
}
