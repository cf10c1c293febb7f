import "server-only";
import type { FindingRecord } from "@/server/findings/import/finding-record";
import { loadFindingRecords } from "@/server/findings/import/load-finding-records";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";

/** One finding as stored, incomplete or not, for the editor (admins and organisers); null when no record has this id. */
export async function getFindingForEditing(ctx: Context, id: string): Promise<FindingRecord | null> {
  authorize(ctx, "findings.edit");
  const [record] = await loadFindingRecords(database(ctx), [id]);
  return record ?? null;
}
