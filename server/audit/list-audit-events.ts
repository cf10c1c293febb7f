import "server-only";
import { and, desc, eq, gte, like, lt } from "drizzle-orm";
import { z } from "zod";
import { singleLineText } from "@/lib/text/plain-text";
import { auditEvents } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";
import { likePrefix } from "@/lib/sql/like-prefix";
import { describeAuditRecords } from "./describe-audit-records";
import { orgDayEnd, orgDayStart } from "@/server/organisation/org-zone-sql";

export const AUDIT_ENTITY_TYPES = ["campaign", "signature", "user", "organisation", "email", "representative", "fixed-target", "finding", "campaign_update", "data-request"] as const;

const blank = (value: unknown) => (value === "" ? undefined : value);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid");

export const auditFilter = z.object({
  entityType: z.preprocess(blank, z.enum(AUDIT_ENTITY_TYPES).optional()),
  action: z.preprocess(blank, singleLineText().trim().max(60).optional()),
  actor: z.preprocess(blank, singleLineText().trim().toLowerCase().max(254).optional()),
  from: z.preprocess(blank, day.optional()),
  to: z.preprocess(blank, day.optional()),
  before: z.preprocess(blank, z.coerce.number().int().positive().optional()),
});

export type AuditFilter = z.output<typeof auditFilter>;
export const AUDIT_PAGE = 50;

/** The audit log, newest first, filtered (administrators only), with its people and records by name. Read-only: nothing in the panel writes to it but the changes it records. */
export async function listAuditEvents(ctx: Context, filter: AuditFilter) {
  authorize(ctx, "audit.read");
  const db = database(ctx);
  const rows = await db
    .select()
    .from(auditEvents)
    .where(
      and(
        filter.entityType ? eq(auditEvents.entityType, filter.entityType) : undefined,
        filter.action ? like(auditEvents.action, likePrefix(filter.action)) : undefined,
        filter.actor ? like(auditEvents.actorEmail, likePrefix(filter.actor)) : undefined,
        // Whole days on the organisation's clock; "to" includes its day.
        filter.from ? gte(auditEvents.createdAt, orgDayStart(filter.from)) : undefined,
        filter.to ? lt(auditEvents.createdAt, orgDayEnd(filter.to)) : undefined,
        filter.before ? lt(auditEvents.id, filter.before) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(AUDIT_PAGE + 1);
  const more = rows.length > AUDIT_PAGE;
  const page = more ? rows.slice(0, AUDIT_PAGE) : rows;
  return { rows: await describeAuditRecords(db, page), next: more ? page.at(-1)!.id : null };
}
