import { and, eq, inArray, notInArray, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { fixedTargets, postalAreas, representatives, ridings } from "@/db/schema";
import type { DirectoryFile } from "./directory-files";

export type ImportInput = { name: string; file: DirectoryFile; source: string; asOf: string };
export type ImportReport = { name: string; kind: DirectoryFile["kind"]; rows: number; added: number; updated: number; unchanged: number; removed: number; skipped: string[] };

// Ridings first: representatives and postal areas point at them.
const ORDER: DirectoryFile["kind"][] = ["ridings", "representatives", "postalAreas", "fixedTargets"];

/** `excluded.x is distinct from table.x` over the columns that carry data (not the provenance). */
function changed(table: string, columns: string[]): SQL {
  return sql.raw(`(${columns.map((c) => `${table}.${c}`).join(", ")}) is distinct from (${columns.map((c) => `excluded.${c}`).join(", ")})`);
}

const inserted = sql<boolean>`xmax = 0`;

function tally(name: string, kind: DirectoryFile["kind"], rows: number, results: { inserted: boolean }[], removed = 0, skipped: string[] = []): ImportReport {
  const added = results.filter((r) => r.inserted).length;
  return { name, kind, rows, added, updated: results.length - added, unchanged: rows - skipped.length - results.length, removed, skipped };
}

async function importOne(tx: Database, { name, file, source, asOf }: ImportInput): Promise<ImportReport> {
  if (file.rows.length === 0) return tally(name, file.kind, 0, []);
  if (file.kind === "ridings") {
    const results = await tx
      .insert(ridings)
      .values(file.rows.map((row) => ({ ...row, source, asOf })))
      .onConflictDoUpdate({
        target: ridings.id,
        set: { level: sql`excluded.level`, province: sql`excluded.province`, code: sql`excluded.code`, nameEn: sql`excluded.name_en`, nameFr: sql`excluded.name_fr`, validFrom: sql`excluded.valid_from`, source, asOf, updatedAt: sql`now()` },
        setWhere: changed("ridings", ["level", "province", "code", "name_en", "name_fr", "valid_from"]),
      })
      .returning({ inserted });
    return tally(name, file.kind, file.rows.length, results);
  }
  if (file.kind === "representatives") {
    const known = new Set(
      (
        await tx
          .select({ id: ridings.id })
          .from(ridings)
          .where(
            inArray(
              ridings.id,
              file.rows.map((row) => row.ridingId),
            ),
          )
      ).map((row) => row.id),
    );
    const rows = file.rows.filter((row) => known.has(row.ridingId));
    const skipped = file.rows.filter((row) => !known.has(row.ridingId)).map((row) => `${row.key}: riding ${row.ridingId} not in the directory (import the ridings first)`);
    const results = rows.length
      ? await tx
          .insert(representatives)
          .values(rows.map((row) => ({ ...row, source, asOf })))
          .onConflictDoUpdate({
            target: representatives.key,
            set: { ridingId: sql`excluded.riding_id`, office: sql`excluded.office`, name: sql`excluded.name`, party: sql`excluded.party`, email: sql`excluded.email`, photoUrl: sql`excluded.photo_url`, source, asOf, updatedAt: sql`now()` },
            setWhere: changed("representatives", ["riding_id", "office", "name", "party", "email", "photo_url"]),
          })
          .returning({ inserted })
      : [];
    return tally(name, file.kind, file.rows.length, results, 0, skipped);
  }
  if (file.kind === "postalAreas") {
    const results = await tx
      .insert(postalAreas)
      .values(file.rows.map((row) => ({ ...row, source, asOf })))
      .onConflictDoUpdate({ target: [postalAreas.code, postalAreas.ridingId], set: { weight: sql`excluded.weight`, source, asOf }, setWhere: changed("postal_areas", ["weight"]) })
      .returning({ inserted });
    // What this source no longer says is gone: a prefix now hinted to another riding loses the old hint.
    const keep = file.rows.map((row) => `${row.code}|${row.ridingId}`);
    const removed = await tx
      .delete(postalAreas)
      .where(and(eq(postalAreas.source, source), notInArray(sql`${postalAreas.code} || '|' || ${postalAreas.ridingId}`, keep)))
      .returning({ code: postalAreas.code });
    return tally(name, file.kind, file.rows.length, results, removed.length);
  }
  const results = await tx
    .insert(fixedTargets)
    .values(file.rows.map((row) => ({ ...row, source, asOf })))
    .onConflictDoUpdate({
      target: fixedTargets.key,
      set: { nameEn: sql`excluded.name_en`, nameFr: sql`excluded.name_fr`, email: sql`excluded.email`, jurisdiction: sql`excluded.jurisdiction`, kind: sql`excluded.kind`, confidence: sql`excluded.confidence`, source, asOf, updatedAt: sql`now()` },
      setWhere: changed("fixed_targets", ["name_en", "name_fr", "email", "jurisdiction", "kind", "confidence"]),
    })
    .returning({ inserted });
  return tally(name, file.kind, file.rows.length, results);
}

/**
 * Loads directory files in one transaction (all or nothing), ridings first. Idempotent: a row
 * that did not change is not written, so a second import of the same files reports every row
 * unchanged. A changed row takes the file's values (an organiser's edit of the same field included);
 * whether a representative or target is disabled is the organiser's, and no import touches it.
 */
export async function importDirectory(database: Database, inputs: ImportInput[]): Promise<ImportReport[]> {
  const sorted = [...inputs].sort((a, b) => ORDER.indexOf(a.file.kind) - ORDER.indexOf(b.file.kind));
  return database.transaction(async (tx) => {
    const reports: ImportReport[] = [];
    for (const input of sorted) reports.push(await importOne(tx, input));
    return reports;
  });
}
