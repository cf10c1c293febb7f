import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { campaignUpdates, updateSends } from "@/db/schema";
import { listAudience } from "@/server/audience/list-audience";
import { queueBroadcast } from "@/server/mail/queue-broadcast";
import { updateEmailContent } from "@/server/updates/email/update-email-content";
import { defineJob } from "../define-job";
import { transaction } from "../transaction";

/**
 * The heavy half of emailing an update: render it once per language, list the audience, queue a
 * message per person and a batch job per hundred, and note the broadcast on the send, all in one
 * transaction. A retried job finds the send already prepared and does nothing; keys of the form
 * update/<update id>/<supporter id> keep anyone from getting the update twice.
 */
export const prepareUpdateSend = defineJob({
  queue: "updates.send",
  async handle({ sendId }) {
    const [send] = await db()
      .select({ send: updateSends, campaignId: campaignUpdates.campaignId })
      .from(updateSends)
      .innerJoin(campaignUpdates, eq(campaignUpdates.id, updateSends.updateId))
      .where(eq(updateSends.id, sendId));
    if (!send || send.send.broadcastId) return;
    const content = await updateEmailContent(send.send.updateId);
    if (!content) return;
    const audience = { campaignId: send.campaignId, scope: send.send.scope as "signers" | "subscribers", province: (send.send.province ?? undefined) as never };
    await transaction(async (tx) => {
      const recipients = await listAudience(tx.db, audience);
      const { broadcastId, queued } = await queueBroadcast(tx, { idempotencyPrefix: `update/${send.send.updateId}`, content, recipients, createdBy: send.send.createdBy });
      await tx.db.update(updateSends).set({ broadcastId, queued }).where(and(eq(updateSends.id, sendId), isNull(updateSends.broadcastId)));
    });
  },
});
