import "server-only";
import { inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { auditEvents, campaigns, campaignUpdates, emailMessages, findings, fixedTargets, representatives, signatures, users } from "@/db/schema";

/*
 * Names for the people and records an audit page mentions, looked up for the page's rows in one
 * query per kind of record (never one per row). A record since erased keeps its entry, with no
 * name and no link: the log says what happened, not what is left.
 */

export type AuditActor = { userId: string | null; email: string; name: string | null; exists: boolean };
export type AuditRecord = { type: string; id: string | null; title: { en: string; fr: string } | null; campaignId: string | null };

type Row = typeof auditEvents.$inferSelect;
type Titles = Map<string, { title: { en: string; fr: string }; campaignId: string | null }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const both = (text: string) => ({ en: text, fr: text });

async function titlesOf(db: Database, type: string, ids: string[]): Promise<Titles> {
  const uuids = ids.filter((id) => UUID.test(id));
  const found: Titles = new Map();
  // Only the two titles are kept of each row (the page gets no more than it shows).
  const put = (id: string, title: { en: string; fr: string }, campaignId: string | null = null) => found.set(id, { title: { en: title.en, fr: title.fr }, campaignId });
  if (type === "campaign" && uuids.length) {
    for (const row of await db.select({ id: campaigns.id, en: campaigns.titleEn, fr: campaigns.titleFr }).from(campaigns).where(inArray(campaigns.id, uuids))) put(row.id, row, row.id);
  } else if (type === "campaign_update" && uuids.length) {
    const rows = await db.select({ id: campaignUpdates.id, en: campaignUpdates.titleEn, fr: campaignUpdates.titleFr, campaignId: campaignUpdates.campaignId }).from(campaignUpdates).where(inArray(campaignUpdates.id, uuids));
    for (const row of rows) put(row.id, row, row.campaignId);
  } else if (type === "finding" && ids.length) {
    for (const row of await db.select({ id: findings.id, en: findings.titleEn, fr: findings.titleFr }).from(findings).where(inArray(findings.id, ids))) put(row.id, row);
  } else if (type === "representative" && uuids.length) {
    for (const row of await db.select({ id: representatives.id, name: representatives.name }).from(representatives).where(inArray(representatives.id, uuids))) put(row.id, both(row.name));
  } else if (type === "fixed-target" && uuids.length) {
    for (const row of await db.select({ id: fixedTargets.id, en: fixedTargets.nameEn, fr: fixedTargets.nameFr }).from(fixedTargets).where(inArray(fixedTargets.id, uuids))) put(row.id, row);
  } else if (type === "signature" && uuids.length) {
    const rows = await db.select({ id: signatures.id, name: signatures.name, campaignId: signatures.campaignId }).from(signatures).where(inArray(signatures.id, uuids));
    for (const row of rows) put(row.id, both(row.name), row.campaignId);
  } else if (type === "email" && uuids.length) {
    const rows = await db.select({ id: emailMessages.id, to: emailMessages.toAddress, subject: emailMessages.subject }).from(emailMessages).where(inArray(emailMessages.id, uuids));
    for (const row of rows) put(row.id, both(row.subject ? `${row.subject} → ${row.to}` : row.to));
  } else if (type === "user" && ids.length) {
    for (const row of await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, ids))) put(row.id, both(row.name ? `${row.name} <${row.email}>` : row.email));
  }
  return found;
}

/** The actor and the record of each row, by name where they still exist. */
export async function describeAuditRecords(db: Database, rows: Row[]) {
  const actorIds = [...new Set(rows.map((row) => row.actorUserId).filter((id): id is string => Boolean(id)))];
  const people = new Map(actorIds.length ? (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, actorIds))).map((row) => [row.id, row.name]) : []);
  const byType = new Map<string, string[]>();
  for (const row of rows) if (row.entityId) byType.set(row.entityType, [...(byType.get(row.entityType) ?? []), row.entityId]);
  const titles = new Map(await Promise.all([...byType].map(async ([type, ids]) => [type, await titlesOf(db, type, [...new Set(ids)])] as const)));
  return rows.map((row) => {
    const known = row.entityId ? titles.get(row.entityType)?.get(row.entityId) : undefined;
    const actor: AuditActor = { userId: row.actorUserId, email: row.actorEmail, name: row.actorUserId ? (people.get(row.actorUserId) ?? null) : null, exists: Boolean(row.actorUserId && people.has(row.actorUserId)) };
    const record: AuditRecord = { type: row.entityType, id: row.entityId, title: known?.title ?? null, campaignId: known?.campaignId ?? null };
    return { id: row.id, action: row.action, createdAt: row.createdAt, before: row.before, after: row.after, actor, record };
  });
}
