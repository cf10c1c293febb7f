import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { campaigns, letterActions, letters, supporters } from "@/db/schema";
import { transaction, type Context } from "@/server/context";
import { queueEmail } from "@/server/mail/queue-email";
import { requeueFailedEmail } from "@/server/mail/requeue-failed-email";

const MAX_PER_DIGEST = 200;

/**
 * Digest mode: gathers the letters waiting for one target of one campaign (up to 200, oldest
 * first) into a single message. Letters are locked as they are gathered, so two workers never send
 * one twice; the idempotency key is derived from the letters it holds. See sendDueDigests for when.
 */
export async function sendDigest(context: Context, campaignId: string, targetKey: string): Promise<void> {
  await transaction(context, async (tx) => {
    const rows = await tx.db
      .select({ letter: letters, supporter: { name: supporters.name, email: supporters.email } })
      .from(letters)
      .innerJoin(supporters, eq(supporters.id, letters.supporterId))
      .where(and(eq(letters.campaignId, campaignId), eq(letters.targetKey, targetKey), eq(letters.state, "queued")))
      .orderBy(asc(letters.createdAt))
      .limit(MAX_PER_DIGEST)
      .for("update", { of: letters, skipLocked: true });
    const [campaign] = await tx.db.select({ titleEn: campaigns.titleEn, titleFr: campaigns.titleFr }).from(campaigns).where(eq(campaigns.id, campaignId));
    const [action] = await tx.db.select({ digestEvery: letterActions.digestEvery }).from(letterActions).where(eq(letterActions.campaignId, campaignId));
    if (rows.length === 0 || !campaign || !action) return;
    const first = rows[0]!.letter;
    const ids = rows.map((row) => row.letter.id);
    const { messageId, queued } = await queueEmail(tx, {
      category: "letter",
      template: "letter-digest",
      props: {
        campaignTitle: first.locale === "fr" ? campaign.titleFr : campaign.titleEn,
        letters: rows.map(({ letter, supporter }) => ({ supporterName: supporter.name, supporterEmail: supporter.email, ridingName: letter.ridingName, postalCode: letter.postalCode, subject: letter.subject, body: letter.body })),
      },
      locale: first.locale,
      to: first.toAddress,
      toName: first.toName,
      idempotencyKey: `letter-digest/${createHash("sha256").update(ids.join(",")).digest("hex").slice(0, 32)}`,
    });
    // The same letters gathered again after a failed digest (retryFailedLetters): that digest goes again.
    if (!queued) await requeueFailedEmail(tx, messageId);
    await tx.db
      .update(letters)
      .set({ state: "handed_over", emailMessageId: messageId, handedOverAt: sql`now()` })
      .where(inArray(letters.id, ids));
  });
}
