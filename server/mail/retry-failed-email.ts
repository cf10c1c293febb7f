import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { emailMessages } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import { recordAudit } from "@/server/audit/record-audit";
import { requireRole } from "@/server/auth/current-actor";
import { actionPolicy } from "@/server/auth/policy";

/**
 * Puts a failed email back in the queue (admins and organisers), e.g. after a provider outage
 * or a fixed sender domain. Only failed emails can be retried; it keeps its idempotency key, so
 * if the provider did take it after all, nobody is mailed twice.
 */
export async function retryFailedEmail(id: string): Promise<{ ok: boolean }> {
  const actor = await requireRole(actionPolicy.retryEmailAction);
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) return { ok: false };
  const messageId = parsed.data;
  return transaction(async (tx) => {
    const [row] = await tx.db
      .update(emailMessages)
      .set({ status: "queued", batchKey: null, lastError: null, updatedAt: sql`now()` })
      .where(and(eq(emailMessages.id, messageId), eq(emailMessages.status, "failed")))
      .returning({ id: emailMessages.id });
    if (!row) return { ok: false };
    await tx.enqueue("mail.send", { messageId: row.id });
    await recordAudit(tx.db, actor, { action: "email.retry", entityType: "email", entityId: row.id, before: { status: "failed" }, after: { status: "queued" } });
    return { ok: true };
  });
}
