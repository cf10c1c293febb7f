import { bigserial, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Every change made in the admin panel: who, what, to which record, the record before and after,
 * and when. Append-only (a trigger in the migrations rejects UPDATE and DELETE): the panel lists
 * it and can filter it, never change it.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorUserId: text("actor_user_id"),
    actorEmail: text("actor_email").notNull(),
    // verb.noun, e.g. "campaign.publish", "signatures.invalidate", "signatures.export".
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Serves the audit page, newest first, optionally for one kind of record.
    index("audit_events_entity_created_idx").on(table.entityType, table.createdAt),
    index("audit_events_created_idx").on(table.createdAt),
  ],
);
