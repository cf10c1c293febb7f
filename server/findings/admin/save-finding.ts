import "server-only";
import { findingFileSchema } from "@/server/findings/import/finding-schema";
import { loadFindingRecords } from "@/server/findings/import/load-finding-records";
import { saveFindingRecord } from "@/server/findings/import/save-finding-record";
import { postedFields } from "@/lib/forms/posted-fields";
import { failed, ok, type Result } from "@/lib/result";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";
import { fieldOf, formToFile, type FindingFormValues } from "./finding-form";

/** A refused save names its fields in `fields` (keys under "Admin.Findings.errors"). */
export type SaveFindingResult = Result<{ id: string; incomplete: boolean }, "invalid" | "notFound">;

/**
 * Creates or corrects a finding from the panel (admins and organisers), with the rules of the file
 * format, audited with the record before and after. A new record may not take an existing id; an
 * existing record keeps its id (links and citations point at it). `raw` is the editor's form as
 * posted (or its fields): an `existingId` corrects that record, none creates one.
 */
export async function saveFinding(ctx: Context, raw: unknown): Promise<SaveFindingResult> {
  const actor = authorize(ctx, "findings.edit");
  const values: FindingFormValues = Object.fromEntries(Object.entries(postedFields(raw)).map(([key, value]) => [key, String(value)]));
  const existingId = values.existingId || null;
  const file = formToFile(existingId ? { ...values, id: existingId } : values);
  const parsed = findingFileSchema.safeParse(file);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    // One message per field, translated by the field's name: the first problem found there.
    for (const issue of parsed.error.issues) errors[fieldOf(issue.path)] ??= fieldOf(issue.path).startsWith("source_") ? "source" : fieldOf(issue.path);
    // The schema checks across fields only once every field is valid; the editor says it all at once.
    if (file.front.binding && file.front.issuers.length === 0) errors.issuers ??= "issuers";
    return failed("invalid", errors);
  }
  const record = parsed.data;
  return transaction(ctx, async ({ db }): Promise<SaveFindingResult> => {
    const [before] = await loadFindingRecords(db, [record.id], { lock: true });
    if (before && !existingId) return failed("invalid", { id: "taken" });
    if (!before && existingId) return failed("notFound");
    const outcome = await saveFindingRecord(db, record);
    if (outcome !== "unchanged") {
      await recordAudit(db, actor, { action: before ? "finding.update" : "finding.create", entityType: "finding", entityId: record.id, before: before ?? null, after: record });
    }
    return ok({ id: record.id, incomplete: record.incomplete });
  });
}
