/**
 * Benchmark: letters queued per second. 2,000 confirmed supporters each send the campaign's letter
 * (to their MP and one commissioner: two letters, two delivery jobs, one transaction) through the
 * same verb the composer calls, 8 at a time, in this process against a fresh database. Delivery
 * itself is measured by bench:mail; here nothing consumes the jobs. Figures from one run.
 */
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { closeDb, db } from "@/db/client";
import { importDirectory } from "@/server/directory/import/import-directory";
import { readDirectoryPath } from "@/server/directory/import/read-directory-path";
import { migrateDatabase } from "@/db/migrate";
import { fixedTargets, letterActions } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { visitorContext } from "@/server/context";
import { sendLetters } from "@/server/letters/send-letters";
import { createCampaign } from "@/tests/support/factories";
import { benchEnvironment } from "./bench-environment";

const root = path.resolve(import.meta.dirname, "../..");
const SUPPORTERS = Number(process.env.BENCH_LETTER_WRITERS ?? 2_000);
const CONCURRENCY = 8;

const { database } = await benchEnvironment({ REPRESENT_URL: "off" });
try {
  await migrateDatabase(database.url);
  await seedDemo(db());
  await importDirectory(db(), readDirectoryPath(path.join(root, "tests", "fixtures", "directory"), "2025-10-01").inputs);
  const campaign = await createCampaign(db(), { lettersEnabled: true });
  const [opc] = await db().select().from(fixedTargets).where(eq(fixedTargets.key, "opc"));
  await db()
    .insert(letterActions)
    .values({
      campaignId: campaign.id,
      fixedTargetIds: [opc!.id],
      subjectsEn: "Rule out face scanning",
      subjectsFr: "Excluez la lecture faciale",
      templateEn: "Dear {{representative}},\n\nPlease act.\n\n{{supporter_name}}",
      templateFr: "Bonjour {{representative}},\n\nAgissez.\n\n{{supporter_name}}",
    });
  const ids = (
    await db().execute<{ id: string }>(sql`
      with s as (
        insert into supporters (email, canonical_email, name) select 'writer' || i || '@example.org', 'writer' || i || '@example.org', 'Writer ' || i from generate_series(1, ${SUPPORTERS}) i returning id, email, canonical_email, name
      )
      insert into signatures (campaign_id, supporter_id, state, name, email, canonical_email, postal_code, province, confirmed_at)
      select ${campaign.id}, id, 'confirmed', name, email, canonical_email, 'K1P 5G4', 'ON', now() from s returning supporter_id as id`)
  ).map((row) => row.id);

  let next = 0;
  let letters = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < ids.length; i = next++) {
        const result = await sendLetters(visitorContext(null), campaign.slug, "en", ids[i]!, { riding: "35079", subject: "0" });
        if (result.ok) letters += result.sent.filter((target) => target.queued).length;
        else failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const [jobs] = await db().execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = 'letters.deliver'`);
  console.log(JSON.stringify({ supporters: SUPPORTERS, lettersQueued: letters, deliveryJobs: Number(jobs?.n ?? 0), failures, seconds: Number(seconds.toFixed(2)), lettersPerSecond: Math.round(letters / seconds) }, null, 2));
} finally {
  await closeDb();
  await database.cleanup();
}
