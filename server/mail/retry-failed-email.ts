import "server-only";
import { z } from "zod";
import { postedFields } from "@/lib/forms/posted-fields";
import { failed, ok, type Result } from "@/lib/result";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";
import { requeueFailedEmail } from "./requeue-failed-email";

/**
 * Puts a failed email back in the queue (admins and organisers), e.g. after a provider outage
 * or a fixed sender domain. Only failed emails can be retried; it keeps its idempotency key, so
 * if the provider did take it after all, nobody is mailed twice. Takes the posted form (its `id`).
 */
export async function retryFailedEmail(ctx: Context, raw: unknown): Promise<Result<object, "not-failed">> {
  const actor = authorize(ctx, "outbox.retry");
  const parsed = z.uuid().safeParse(postedFields(raw).id);
  if (!parsed.success) return failed("not-failed");
  const messageId = parsed.data;
  return transaction(ctx, async (tx) => {
    if (!(await requeueFailedEmail(tx, messageId))) return failed("not-failed");
    await recordAudit(tx.db, actor, { action: "email.retry", entityType: "email", entityId: messageId, before: { status: "failed" }, after: { status: "queued" } });
    return ok();
  });
}
