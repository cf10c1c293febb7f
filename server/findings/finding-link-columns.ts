import { findings } from "@/db/schema";
import type { FindingKind } from "@/server/findings/import/finding-record";

/** What a list of findings shows of each (title, date, kind, standing): the columns to select. */
export const findingLinkColumns = {
  id: findings.id,
  date: findings.date,
  kind: findings.kind,
  binding: findings.binding,
  incomplete: findings.incomplete,
  titleEn: findings.titleEn,
  titleFr: findings.titleFr,
};

export type FindingLinkItem = { id: string; date: string; kind: FindingKind; binding: boolean; incomplete: boolean; title: { en: string; fr: string } };

/** A row of those columns as a list item, the title as a bilingual pair. */
export function toFindingLinkItem<Row extends { titleEn: string; titleFr: string }>({ titleEn, titleFr, ...row }: Row): Omit<Row, "titleEn" | "titleFr"> & { title: { en: string; fr: string } } {
  return { ...row, title: { en: titleEn, fr: titleFr } };
}
