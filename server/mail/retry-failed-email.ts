import "server-only";
import { z } from "zod";
import { transaction } from "@/jobs/transaction";
import { recordAudit } from "@/server/audit/record-audit";
import { requireRole } from "@/server/auth/current-actor";
import { actionPolicy } from "@/server/auth/policy";
import { requeueFailedEmail } from "./requeue-failed-email";

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
    if (!(await requeueFailedEmail(tx, messageId))) return { ok: false };
    await recordAudit(tx.db, actor, { action: "email.retry", entityType: "email", entityId: messageId, before: { status: "failed" }, after: { status: "queued" } });
    return { ok: true };
  });
}
