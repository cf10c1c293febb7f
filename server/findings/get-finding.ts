import "server-only";
import { arrayContains, asc, eq, inArray } from "drizzle-orm";
import { findings } from "@/db/schema";
import type { FindingKind, FindingRecord } from "@/server/findings/import/finding-record";
import { loadFindingRecords } from "@/server/findings/import/load-finding-records";
import { database, type Context } from "@/server/context";

export type FindingLink = { id: string; date: string; kind: FindingKind; title: { en: string; fr: string }; incomplete: boolean };

export type FindingDetail = {
  record: FindingRecord;
  sortDate: string;
  updatedAt: Date;
  /** The records it names as related, in its order, that are in the library. */
  related: FindingLink[];
  /** Related ids it names that are not (yet) in the library. */
  unknownRelated: string[];
  /** The records that name this one as related, oldest first. */
  citedBy: FindingLink[];
};

const link = { id: findings.id, date: findings.date, kind: findings.kind, titleEn: findings.titleEn, titleFr: findings.titleFr, incomplete: findings.incomplete };
const toLink = ({ titleEn, titleFr, ...row }: { id: string; date: string; kind: FindingKind; titleEn: string; titleFr: string; incomplete: boolean }): FindingLink => ({ ...row, title: { en: titleEn, fr: titleFr } });

/**
 * One finding with its sources, the records it relates to and those that cite it; null when no
 * record has this id. Incomplete records are returned too (with `record.incomplete`): a public
 * page decides whether to show them. Public: no actor check.
 */
export async function getFinding(ctx: Context, id: string): Promise<FindingDetail | null> {
  const db = database(ctx);
  const [record] = await loadFindingRecords(db, [id]);
  if (!record) return null;
  const [[meta], named, citing] = await Promise.all([
    db.select({ sortDate: findings.sortDate, updatedAt: findings.updatedAt }).from(findings).where(eq(findings.id, id)),
    record.related.length ? db.select(link).from(findings).where(inArray(findings.id, record.related)) : Promise.resolve([]),
    db
      .select(link)
      .from(findings)
      .where(arrayContains(findings.related, [id]))
      .orderBy(asc(findings.sortDate), asc(findings.id)),
  ]);
  const byId = new Map(named.map((row) => [row.id, toLink(row)]));
  return {
    record,
    sortDate: meta!.sortDate,
    updatedAt: meta!.updatedAt,
    related: record.related.flatMap((other) => byId.get(other) ?? []),
    unknownRelated: record.related.filter((other) => !byId.has(other)),
    citedBy: citing.map(toLink),
  };
}
