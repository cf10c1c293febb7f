import "server-only";
import type { Database } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { StaffActor } from "@/server/context";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Records one change made in the panel, in the same transaction as the change itself: `db` is that
 * transaction's (tx.db), and `actor` the member of staff that authorize() returned.
 */
export async function recordAudit(db: Database, actor: Pick<StaffActor, "userId" | "email">, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    actorUserId: actor.userId,
    actorEmail: actor.email,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
