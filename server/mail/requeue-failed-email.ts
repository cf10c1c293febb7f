import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { emailMessages } from "@/db/schema";
import type { UnitOfWork } from "@/db/transaction";

/**
 * Puts one failed email back in the queue, in the caller's transaction, under the idempotency key
 * it already had: if the provider did take the first attempt after all (an answer lost in a
 * timeout), it replays that answer instead of mailing anyone twice. Anything but a failed email is
 * left alone. Returns whether it was requeued.
 */
export async function requeueFailedEmail(tx: UnitOfWork, messageId: string): Promise<boolean> {
  const [row] = await tx.db
    .update(emailMessages)
    .set({ status: "queued", batchKey: null, lastError: null, updatedAt: sql`now()` })
    .where(and(eq(emailMessages.id, messageId), eq(emailMessages.status, "failed")))
    .returning({ id: emailMessages.id });
  if (!row) return false;
  await tx.enqueue("mail.send", { messageId: row.id });
  return true;
}
