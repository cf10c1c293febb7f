import type { FindingRecord } from "@/server/findings/import/finding-record";
import type { FormState } from "@/lib/forms/form-state";

/*
 * The editor's form and the file format's front matter, both ways. The editor validates with the
 * file format's own rules (server/findings/import/finding-schema.ts), so a record saved in the panel exports
 * to a file that imports again, and an organiser meets the rules an importer would.
 */

export type FindingFormValues = Record<string, string>;
/** What the editor's action answers (components/admin/finding-editor.tsx reads it). */
export type FindingEditorState = FormState & { saved?: boolean; incomplete?: boolean };
export const SOURCE_ROWS = 4;

const lines = (value: string | undefined) =>
  (value ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
const commas = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

/** The form's fields as the file format's { front, body } (for findingFileSchema). */
export function formToFile(values: FindingFormValues) {
  const sources = Array.from({ length: SOURCE_ROWS }, (_, index) => {
    const field = (name: string) => (values[`source_${index}_${name}`] ?? "").trim();
    if (!["url", "title", "publisher", "date"].some((name) => field(name))) return null;
    return { url: field("url"), title: field("title"), publisher: field("publisher") || undefined, date: field("date") || undefined, tier: Number(field("tier")) };
  }).filter((source) => source !== null);
  const importance = (values.importance ?? "").trim();
  return {
    front: {
      id: (values.id ?? "").trim(),
      date: (values.date ?? "").trim(),
      kind: values.kind,
      binding: values.binding === "on",
      // Unticked: the summary decides (it is incomplete when it says "to be confirmed").
      incomplete: values.incomplete === "on" ? true : undefined,
      jurisdiction: commas(values.jurisdiction),
      issuers: lines(values.issuers),
      file_numbers: lines(values.file_numbers),
      title: { en: values.title_en ?? "", fr: values.title_fr ?? "" },
      summary: values.summary_fr?.trim() ? { fr: values.summary_fr } : undefined,
      importance: importance === "" ? undefined : Number(importance),
      tags: commas(values.tags),
      actors: lines(values.actors),
      related: lines(values.related),
      sources,
    },
    body: values.summary_en ?? "",
  };
}

/** A stored record as the form's initial values. */
export function recordToForm(record: FindingRecord): FindingFormValues {
  const values: FindingFormValues = {
    id: record.id,
    date: record.date,
    kind: record.kind,
    binding: record.binding ? "on" : "",
    incomplete: record.incomplete ? "on" : "",
    jurisdiction: record.jurisdictions.join(", "),
    issuers: record.issuers.join("\n"),
    file_numbers: record.fileNumbers.join("\n"),
    title_en: record.title.en,
    title_fr: record.title.fr,
    summary_en: record.summary.en,
    summary_fr: record.summary.fr ?? "",
    importance: String(record.importance),
    tags: record.tags.join(", "),
    actors: record.actors.join("\n"),
    related: record.related.join("\n"),
  };
  record.sources.slice(0, SOURCE_ROWS).forEach((source, index) => {
    Object.assign(values, {
      [`source_${index}_url`]: source.url,
      [`source_${index}_title`]: source.title,
      [`source_${index}_publisher`]: source.publisher ?? "",
      [`source_${index}_date`]: source.date ?? "",
      [`source_${index}_tier`]: String(source.tier),
    });
  });
  return values;
}

/** Which form field a file-format problem belongs to (the path of a zod issue). */
export function fieldOf(path: readonly PropertyKey[]): string {
  if (path[0] === "body") return "summary_en";
  const [, field, detail] = path.map(String);
  if (field === "title") return `title_${detail ?? "en"}`;
  if (field === "summary") return "summary_fr";
  if (field === "sources") return detail === undefined ? "sources" : `source_${detail}`;
  return field ?? "form";
}
