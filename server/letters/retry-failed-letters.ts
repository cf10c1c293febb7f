import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { letterActions, letters } from "@/db/schema";
import { recordAudit } from "@/server/audit/record-audit";
import { failed as failure, ok, type Result } from "@/lib/result";
import { postedFields } from "@/lib/forms/posted-fields";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";
import { failedLetters, failedLettersInput, type FailedLetter } from "./failed-letters";

export type RetryLettersResult = Result<{ retried: number; skipped: number }, "invalid" | "notFound">;

/**
 * Queues again the failed letters of a campaign, all or those to one target (admins and
 * organisers), e.g. after a provider outage. Each goes back to `queued` with its delivery job in
 * the same transaction, so it waits for its target's hourly limit and office hours like a new one.
 * Letters to a disabled recipient are skipped and counted; bounced letters are not failed ones and
 * are never retried. Audited with the counts. Retrying twice is harmless: the second finds nothing.
 *
 * Idempotency: the letter keeps its key (`letter/<id>`, or the digest's key derived from the
 * letters it holds), and the delivery job requeues the failed email under that key rather than
 * writing a new one (see requeueFailedEmail). Resend remembers an accepted key for 24 hours and
 * answers a repeat with the first answer (or 409, read as already sent), while a refused request
 * does not reserve the key: so a letter that really failed goes out now, and one whose first
 * attempt did go out after all (an answer lost in a timeout) is recorded as sent, not mailed twice.
 * A new key per attempt (`letter/<id>/2`) would have sent that one again.
 */
export async function retryFailedLetters(context: Context, raw: unknown): Promise<RetryLettersResult> {
  const actor = authorize(context, "letters.retry");
  const parsed = failedLettersInput.safeParse(postedFields(raw));
  if (!parsed.success) return failure("invalid");
  const { campaignId, target } = parsed.data;
  return transaction(context, async (tx): Promise<RetryLettersResult> => {
    const [action] = await tx.db.select({ delivery: letterActions.delivery }).from(letterActions).where(eq(letterActions.campaignId, campaignId));
    if (!action) return failure("notFound");
    // Locked, so that two organisers retrying at once queue each letter once.
    const failed = [...(await tx.db.execute<FailedLetter>(sql`${failedLetters(campaignId, target)} for update of l`))];
    const retry = failed.filter((letter) => !letter.disabled);
    if (retry.length > 0) {
      const ids = retry.map((letter) => letter.id);
      // Unlinked from the failed email until delivered again: the letter counts as waiting, not failed,
      // and not against its target's hourly limit.
      await tx.db.update(letters).set({ state: "queued", emailMessageId: null, handedOverAt: null }).where(inArray(letters.id, ids));
      if (action.delivery === "digest") {
        for (const targetKey of new Set(retry.map((letter) => letter.targetKey))) await tx.enqueue("letters.digest", { campaignId, targetKey });
      } else {
        await tx.enqueueMany(
          "letters.deliver",
          ids.map((letterId) => ({ letterId })),
        );
      }
    }
    const result = { retried: retry.length, skipped: failed.length - retry.length };
    await recordAudit(tx.db, actor, { action: "letters.retry", entityType: "campaign", entityId: campaignId, before: { target: target ?? null, failed: failed.length }, after: result });
    return ok(result);
  });
}
