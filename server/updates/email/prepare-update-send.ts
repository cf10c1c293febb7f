import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { campaignUpdates, updateSends } from "@/db/schema";
import type { Province } from "@/lib/postal-code";
import { listAudience } from "@/server/audience/list-audience";
import { database, transaction, type Context } from "@/server/context";
import { queueBroadcast } from "@/server/mail/queue-broadcast";
import { updateEmailContent } from "./update-email-content";

/**
 * The heavy half of emailing an update (the worker's, for a send recorded by sendUpdate): render
 * it once per language, list the audience, queue a message per person and a batch job per hundred,
 * and note the broadcast on the send, all in one transaction. A retried job finds the send already
 * prepared and does nothing; keys of the form update/<update id>/<supporter id> keep anyone from
 * getting the update twice. Returns how many messages it queued (0 when there was nothing to do).
 */
export async function prepareUpdateSend(ctx: Context, sendId: string): Promise<number> {
  const [send] = await database(ctx).select({ send: updateSends, campaignId: campaignUpdates.campaignId }).from(updateSends).innerJoin(campaignUpdates, eq(campaignUpdates.id, updateSends.updateId)).where(eq(updateSends.id, sendId));
  if (!send || send.send.broadcastId) return 0;
  const content = await updateEmailContent(ctx, send.send.updateId);
  if (!content) return 0;
  // The send was checked when it was recorded (sendUpdateInput): scope and province are of the audience's kinds.
  const audience = { campaignId: send.campaignId, scope: send.send.scope as "signers" | "subscribers", province: (send.send.province ?? undefined) as Province | undefined };
  return transaction(ctx, async (tx) => {
    const recipients = await listAudience(tx, audience);
    const { broadcastId, queued } = await queueBroadcast(tx, { idempotencyPrefix: `update/${send.send.updateId}`, content, recipients, createdBy: send.send.createdBy });
    await tx.db
      .update(updateSends)
      .set({ broadcastId, queued })
      .where(and(eq(updateSends.id, sendId), isNull(updateSends.broadcastId)));
    return queued;
  });
}
