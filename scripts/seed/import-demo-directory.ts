import { existsSync } from "node:fs";
import { eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { campaigns, fixedTargets, letterActions } from "@/db/schema";
import { demoCampaign } from "@/db/seed/content";
import { DEMO_DIRECTORY_DIR, shownPath } from "@/db/seed/demo-data";
import { importDirectory } from "@/server/directory/import/import-directory";
import { readDirectoryPath } from "@/server/directory/import/read-directory-path";

/**
 * On a first run, the demo gets the Canadian directory (ridings, MPs, postal hints, commissioners)
 * from `configured` (DIRECTORY_DATA_DIR) or else the project's own copy (db/seed/data/directory).
 * Every file skipped and every row left out is printed: the terminal is where a newcomer looks.
 */
export async function importDemoDirectory(db: Database, configured?: string): Promise<void> {
  const folder = configured ?? DEMO_DIRECTORY_DIR;
  if (!existsSync(folder)) {
    console.log(`No directory data at ${folder}: load some with npm run directory:import -- <folder>.`);
    return;
  }
  const { inputs, errors } = readDirectoryPath(folder);
  for (const error of errors) console.warn(`Directory file skipped: ${error}`);
  const reports = await importDirectory(db, inputs);
  for (const { name, skipped } of reports) for (const line of skipped) console.warn(`Directory row skipped: ${name}: ${line}`);
  const count = (kind: string) => reports.filter((r) => r.kind === kind).reduce((sum, r) => sum + r.rows - r.skipped.length, 0);
  await offerDemoLetters(db);
  console.log(`Imported the directory from ${shownPath(folder)}: ${count("ridings")} ridings, ${count("representatives")} MPs, ${count("postalAreas")} postal hints, ${count("fixedTargets")} fixed targets.`);
}

/** With a directory to write to, the demo campaign also offers letters to MPs and the federal commissioner. */
async function offerDemoLetters(db: Database): Promise<void> {
  const [campaign] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, demoCampaign.slug));
  if (!campaign) return;
  const opc = await db
    .select({ id: fixedTargets.id })
    .from(fixedTargets)
    .where(inArray(fixedTargets.key, ["opc"]));
  await db
    .insert(letterActions)
    .values({
      campaignId: campaign.id,
      fixedTargetIds: opc.map((row) => row.id),
      subjectsEn: "Please support a moratorium on police facial recognition\nAsk the RCMP to publish how it uses facial recognition",
      subjectsFr: "Appuyez un moratoire sur la reconnaissance faciale policière\nDemandez à la GRC de rendre public son usage de la reconnaissance faciale",
      salutationEn: "Dear {{representative}},",
      salutationFr: "Bonjour {{representative}},",
      templateEn:
        "In February 2021, four Canadian privacy commissioners found that Clearview AI had collected billions of face images without consent, and that police forces, the RCMP among them, had used it. As your constituent in {{riding}}, I ask you to support a moratorium on police use of facial recognition until Parliament sets clear rules.\n\nSincerely,\n{{supporter_name}}",
      templateFr:
        "En février 2021, quatre commissaires à la protection de la vie privée au Canada ont conclu que Clearview AI avait recueilli des milliards d’images de visages sans consentement, et que des corps policiers, dont la GRC, l’avaient utilisé. J’habite {{riding}} et je vous demande d’appuyer un moratoire sur la reconnaissance faciale policière jusqu’à ce que le Parlement fixe des règles claires.\n\nSalutations distinguées,\n{{supporter_name}}",
      // The commissioner is written to as a member of the public, not as a constituent.
      orgSalutationEn: "Dear Commissioner,",
      orgSalutationFr: "Madame la Commissaire, Monsieur le Commissaire,",
      orgTemplateEn:
        "In February 2021, your office and three provincial commissioners found that Clearview AI had collected billions of face images without consent, and that police forces, the RCMP among them, had used it. I ask you to use every power your office has, and to press Parliament, so that police use of facial recognition stops until clear rules are in law.\n\nSincerely,\n{{supporter_name}}",
      orgTemplateFr:
        "En février 2021, votre commissariat et trois commissaires provinciaux ont conclu que Clearview AI avait recueilli des milliards d’images de visages sans consentement, et que des corps policiers, dont la GRC, l’avaient utilisé. Je vous demande d’user de tous les pouvoirs de votre commissariat, et d’insister auprès du Parlement, pour que la reconnaissance faciale policière cesse jusqu’à ce que des règles claires soient inscrites dans la loi.\n\nSalutations distinguées,\n{{supporter_name}}",
    })
    .onConflictDoNothing();
  await db.update(campaigns).set({ lettersEnabled: true }).where(eq(campaigns.id, campaign.id));
}
