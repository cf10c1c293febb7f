import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { createHash } from "node:crypto";
import { campaigns, letterActions, letters, supporters } from "@/db/schema";
import { defineJob } from "@/jobs/define-job";
import { transaction } from "@/jobs/transaction";
import { queueEmail } from "@/server/mail/queue-email";
import { requeueFailedEmail } from "@/server/mail/requeue-failed-email";

const MAX_PER_DIGEST = 200;

/**
 * Digest mode: gathers the letters waiting for one target of one campaign into a single message,
 * once `digestEvery` of them wait or the oldest has waited `digestHours`. Queued after each letter
 * (for the count) and every few minutes by cron (for the time), with no target: then every due
 * target is sent. Letters are locked as they are gathered, so two workers never send one twice; the
 * idempotency key is derived from the letters it holds.
 */
export const sendLetterDigest = defineJob({
  queue: "letters.digest",
  async handle({ campaignId, targetKey }) {
    const due = await transaction(async ({ db }) =>
      db.execute<{ campaign_id: string; target_key: string }>(sql`
        select l.campaign_id, l.target_key from letters l join letter_actions a on a.campaign_id = l.campaign_id
        where l.state = 'queued' and a.delivery = 'digest'
          ${campaignId && targetKey ? sql`and l.campaign_id = ${campaignId} and l.target_key = ${targetKey}` : sql``}
        group by l.campaign_id, l.target_key, a.digest_every, a.digest_hours
        having count(*) >= a.digest_every or min(l.created_at) <= now() - a.digest_hours * interval '1 hour'`),
    );
    for (const group of due) await sendOne(group.campaign_id, group.target_key);
  },
});

async function sendOne(campaignId: string, targetKey: string) {
  await transaction(async (tx) => {
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
    await tx.db.update(letters).set({ state: "handed_over", emailMessageId: messageId, handedOverAt: sql`now()` }).where(inArray(letters.id, ids));
  });
}
