import "server-only";
import { findingFileSchema } from "@/server/findings/import/finding-schema";
import { loadFindingRecords } from "@/server/findings/import/load-finding-records";
import { saveFindingRecord } from "@/server/findings/import/save-finding-record";
import { transaction } from "@/jobs/transaction";
import { recordAudit } from "@/server/audit/record-audit";
import { requireRole } from "@/server/auth/current-actor";
import { actionPolicy } from "@/server/auth/policy";
import { fieldOf, formToFile, type FindingFormValues } from "./finding-form";

export type SaveFindingResult = { ok: true; id: string; incomplete: boolean } | { ok: false; errors: Record<string, string> };

/**
 * Creates or corrects a finding from the panel (admins and organisers), with the rules of the file
 * format, audited with the record before and after. A new record may not take an existing id; an
 * existing record keeps its id (links and citations point at it).
 */
export async function saveFinding(existingId: string | null, values: FindingFormValues): Promise<SaveFindingResult> {
  const actor = await requireRole(actionPolicy.saveFindingAction);
  const file = formToFile(existingId ? { ...values, id: existingId } : values);
  const parsed = findingFileSchema.safeParse(file);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    // One message per field, translated by the field's name: the first problem found there.
    for (const issue of parsed.error.issues) errors[fieldOf(issue.path)] ??= fieldOf(issue.path).startsWith("source_") ? "source" : fieldOf(issue.path);
    // The schema checks across fields only once every field is valid; the editor says it all at once.
    if (file.front.binding && file.front.issuers.length === 0) errors.issuers ??= "issuers";
    return { ok: false, errors };
  }
  const record = parsed.data;
  return transaction(async ({ db }): Promise<SaveFindingResult> => {
    const [before] = await loadFindingRecords(db, [record.id], { lock: true });
    if (before && !existingId) return { ok: false, errors: { id: "taken" } };
    if (!before && existingId) return { ok: false, errors: { form: "notFound" } };
    const outcome = await saveFindingRecord(db, record);
    if (outcome !== "unchanged") {
      await recordAudit(db, actor, { action: before ? "finding.update" : "finding.create", entityType: "finding", entityId: record.id, before: before ?? null, after: record });
    }
    return { ok: true, id: record.id, incomplete: record.incomplete };
  });
}
