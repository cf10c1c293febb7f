/**
 * Benchmark: one update to 100,000 subscribers through the Resend stub limited to 10 requests/s,
 * with 5% of calls failing at random. Reports, from one run: emails/s as a share of what the
 * limit allows (100 per call × 10 calls/s), duplicates, losses, and the worker's peak memory.
 */
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { closeDb, db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed/seed-demo";
import { runInTransaction } from "@/db/transaction";
import { queueBroadcast, type BroadcastRecipient } from "@/server/mail/queue-broadcast";
import { startResendStub } from "@/tests/support/resend-stub/server";
import { spawnWorker } from "@/tests/integration/support/worker-process";
import { provisionTestDatabase } from "../lib/test-database";

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 100_000);
const RATE = 10;
const FAILURE_RATE = 0.05;

const database = await provisionTestDatabase(process.env.TEST_DATABASE_URL || process.env.DATABASE_URL);
const stub = await startResendStub({ rateLimitPerSecond: RATE, failureRate: FAILURE_RATE, keepBodies: false });
const mailEnv = {
  DATABASE_URL: database.url,
  AUTH_SECRET: "bench-secret-bench-secret-bench-secret-42",
  RESEND_API_KEY: "re_bench",
  RESEND_BASE_URL: stub.url,
  MAIL_FROM: "Private Faces Coalition <campaigns@privatefaces.example>",
  MAIL_RATE_PER_SECOND: String(RATE),
  APP_URL: "https://act.privatefaces.example",
  QUEUE_MAINTENANCE_SECONDS: "5",
};
Object.assign(process.env, mailEnv);

try {
  await migrateDatabase(database.url);
  await seedDemo(db());
  const recipients = await db().execute<BroadcastRecipient & { supporterId: string }>(sql`
    insert into supporters (email, canonical_email, name, locale, subscription_status)
    select 'reader-' || i || '@example.org', 'reader-' || i || '@example.org', 'Reader ' || i,
           (case when i % 3 = 0 then 'fr' else 'en' end)::locale, 'subscribed'
    from generate_series(1, ${RECIPIENTS}) as i
    returning id as "supporterId", email, name, locale`);

  const worker = await spawnWorker(mailEnv);
  const queuedAt = Date.now();
  await runInTransaction((tx) =>
    queueBroadcast(tx, {
      idempotencyPrefix: "update/bench",
      content: {
        en: { title: "Three provinces order Clearview AI to stop", bodyMarkdown: "The orders in BC, Alberta and Québec are **binding**.", url: "https://act.privatefaces.example/en" },
        fr: { title: "Trois provinces ordonnent à Clearview AI de cesser", bodyMarkdown: "Les ordonnances de la C.-B., de l'Alberta et du Québec sont **exécutoires**.", url: "https://act.privatefaces.example/fr" },
      },
      recipients: [...recipients],
    }),
  );
  // Sending starts when the queuing transaction commits: throughput is measured from there.
  const committedAt = Date.now();
  const queueSeconds = (committedAt - queuedAt) / 1000;

  const deadline = Date.now() + 15 * 60_000;
  let remaining = RECIPIENTS;
  while (remaining > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const [row] = await db().execute<{ n: number }>(sql`select count(*)::int as n from email_messages where kind = 'campaign-update' and status <> 'sent'`);
    remaining = row?.n ?? RECIPIENTS;
  }
  // From the commit to the last email's recorded send time, not to when this loop noticed.
  const [last] = await db().execute<{ at: Date }>(sql`select max(sent_at) as at from email_messages where kind = 'campaign-update'`);
  const seconds = ((last?.at ? new Date(last.at).getTime() : Date.now()) - committedAt) / 1000;
  const peakKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${worker.child.pid}/status`, "utf8"))?.[1] ?? 0);
  await worker.stop();

  const perRecipient = new Map<string, number>();
  for (const email of stub.emails())
    for (const to of email.to) {
      const address = /<([^>]+)>/.exec(to)?.[1] ?? to;
      perRecipient.set(address, (perRecipient.get(address) ?? 0) + 1);
    }
  const duplicates = [...perRecipient.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  const lost = recipients.filter((recipient) => !perRecipient.has(recipient.email)).length;
  const codes = stub.requests().map((request) => request.status);
  const achieved = RECIPIENTS / seconds;
  const allowed = RATE * 100;
  const peakMb = peakKb / 1024;

  const result = {
    recipients: RECIPIENTS,
    secondsToQueue: Number(queueSeconds.toFixed(1)),
    secondsFromCommitToAllSent: Number(seconds.toFixed(1)),
    emailsPerSecond: Math.round(achieved),
    allowedEmailsPerSecond: allowed,
    throughputRatio: Number((achieved / allowed).toFixed(3)),
    duplicates,
    lost,
    providerCalls: codes.length,
    randomFailures500: codes.filter((code) => code === 500).length,
    rateLimited429: codes.filter((code) => code === 429).length,
    workerPeakRssMb: Math.round(peakMb),
    workerPeakRssRatioTo300Mb: Number((peakMb / 300).toFixed(3)),
  };
  console.log(JSON.stringify(result, null, 2));
  const pass = result.throughputRatio >= 0.9 && duplicates === 0 && lost === 0 && peakMb < 300;
  console.log(
    `throughput ${result.throughputRatio} of the allowed rate (target >= 0.9), duplicates ${duplicates} (target 0), ` +
      `lost ${lost} (target 0), worker peak ${result.workerPeakRssMb} MB = ${result.workerPeakRssRatioTo300Mb} of 300 MB (target < 1): ${pass ? "all targets met" : "TARGET MISSED"}`,
  );
  process.exitCode = pass ? 0 : 1;
} finally {
  await closeDb();
  await stub.close();
  await database.cleanup();
}
