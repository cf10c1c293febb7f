import path from "node:path";
import type { Database } from "@/db/client";
import { importDirectory } from "@/server/directory/import/import-directory";
import { readDirectoryPath } from "@/server/directory/import/read-directory-path";
import { letterActions, postalAreas } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";

/**
 * Where a letters spec starts: the demo organisation, the directory fixtures, and exact postal data
 * as Represent would have left it (K1P 5G4 in one riding, K1S 5B6 shared by two).
 */
export async function prepareLetterDirectory(db: Database): Promise<void> {
  await seedDemo(db);
  await importDirectory(db, readDirectoryPath(path.resolve("tests/fixtures/directory"), "2025-10-01").inputs);
  await db
    .insert(postalAreas)
    .values([
      { code: "K1P5G4", ridingId: "ocd-division/country:ca/ed:35079-2023", weight: 1, source: "test", asOf: "2025-10-01" },
      { code: "K1S5B6", ridingId: "ocd-division/country:ca/ed:35079-2023", weight: 0.6, source: "test", asOf: "2025-10-01" },
      { code: "K1S5B6", ridingId: "ocd-division/country:ca/ed:35080-2023", weight: 0.4, source: "test", asOf: "2025-10-01" },
    ])
    .onConflictDoNothing();
}

/** The plainest letter action: to the supporter's MP, one subject, a short text in each language. */
export async function addPlainLetterAction(db: Database, campaignId: string): Promise<void> {
  await db.insert(letterActions).values({
    campaignId,
    subjectsEn: "Keep face recognition out of transit stations",
    subjectsFr: "Pas de reconnaissance faciale dans les gares",
    templateEn: "Dear {{representative}},\n\nPlease act.\n\n{{supporter_name}}",
    templateFr: "Bonjour {{representative}},\n\nAgissez.\n\n{{supporter_name}}",
  });
}
