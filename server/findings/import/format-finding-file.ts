import { Document, isScalar, Scalar } from "yaml";
import { mentionsUnconfirmed, type FindingRecord } from "./finding-record";

/** The field order of the shipped demo files, so an export reads like what was imported. */
function frontMatterOf(record: FindingRecord): Record<string, unknown> {
  const front: Record<string, unknown> = { id: record.id, date: record.date, kind: record.kind, binding: record.binding };
  // Written only when the summary does not already imply it, so a re-import gives the same flag.
  if (record.incomplete !== mentionsUnconfirmed(record.summary)) front.incomplete = record.incomplete;
  front.jurisdiction = record.jurisdictions.join(", ");
  if (record.issuers.length > 0) front.issuers = record.issuers;
  if (record.fileNumbers.length > 0) front.file_numbers = record.fileNumbers;
  front.title = record.title;
  if (record.summary.fr !== null) front.summary = { fr: record.summary.fr };
  front.importance = record.importance;
  if (record.tags.length > 0) front.tags = record.tags;
  if (record.actors.length > 0) front.actors = record.actors;
  if (record.related.length > 0) front.related = record.related;
  if (record.sources.length > 0) {
    front.sources = record.sources.map((source) => ({
      url: source.url,
      title: source.title,
      ...(source.publisher === null ? {} : { publisher: source.publisher }),
      ...(source.date === null ? {} : { date: source.date }),
      tier: source.tier,
    }));
  }
  return front;
}

/** Quotes a date, as the shipped files do: YAML 1.1 readers would otherwise take 2021-02-03 for a timestamp. */
function quoteDate(doc: Document, path: (string | number)[]) {
  const node = doc.getIn(path, true);
  if (isScalar(node)) node.type = Scalar.QUOTE_SINGLE;
}

/**
 * Writes a record in the findings file format: YAML front matter, then the English summary.
 * parseFindingFile(formatFindingFile(record)) gives back an equal record.
 */
export function formatFindingFile(record: FindingRecord): string {
  const doc = new Document(frontMatterOf(record));
  quoteDate(doc, ["date"]);
  record.sources.forEach((_, index) => quoteDate(doc, ["sources", index, "date"]));
  return `---\n${doc.toString({ lineWidth: 0, indentSeq: false })}---\n\n${record.summary.en}\n`;
}
