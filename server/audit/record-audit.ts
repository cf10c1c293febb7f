import "server-only";
import type { Database, Transaction } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { Actor } from "@/server/auth/current-actor";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Records one change made in the panel, in the same transaction as the change itself. */
export async function recordAudit(db: Database | Transaction, actor: Actor, entry: AuditEntry): Promise<void> {
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
