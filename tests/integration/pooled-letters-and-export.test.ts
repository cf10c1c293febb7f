import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/db/client";
import { letters } from "@/db/schema";
import { env } from "@/lib/env";
import { visitorContext } from "@/server/context";
import { sendLetters } from "@/server/letters/send-letters";
import { exportSignatures } from "@/server/signatures/admin/export-signatures";
import { signatureFilter } from "@/server/signatures/admin/signature-filter";
import type { PgBouncer } from "../../scripts/lib/pgbouncer";
import { createCampaign, uniqueSuffix } from "../support/factories";
import type { ResendStub } from "../support/resend-stub/server";
import { addMpAndCommissionerAction } from "./support/letter-campaign";
import { waitFor } from "./support/mail-env";
import { letterWorkerEnv, prepareLetters } from "./support/letters-env";
import { pgBouncerInFront, throughPgBouncer } from "./pgbouncer-support";
import { createStaffMember, staffContextOf } from "./support/signed-in";
import { confirmedSigner } from "./support/signing";
import { spawnWorker, type WorkerProcess } from "./support/worker-process";

/*
 * The paths the cluster test does not take, through a PgBouncer in transaction mode with two
 * server connections (so consecutive transactions land on different PostgreSQL sessions): the
 * letter composer's write, a worker delivering letters, and the signatures CSV streamed in
 * batches. This process and its worker both use the pooled URL, as docs/database-pooling.md
 * deploys them (DATABASE_POOLED=1). Set before anything here first reads env() or db().
 */
const direct = process.env.DATABASE_URL!;
const bouncer: PgBouncer | undefined = await pgBouncerInFront(direct);
if (bouncer) {
  process.env.DATABASE_URL = throughPgBouncer(bouncer, direct);
  process.env.DATABASE_POOLED = "1";
}

let stub: ResendStub;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  if (bouncer) stub = await prepareLetters();
}, 60_000);
afterAll(async () => {
  await worker?.stop();
  await stub?.close();
  await bouncer?.stop();
});

it.skipIf(!bouncer)(
  "writes and delivers letters, and streams the signatures CSV, through the pooler",
  async () => {
    expect(env().DATABASE_URL).not.toBe(direct);
    const campaign = await createCampaign(db(), { lettersEnabled: true });
    await addMpAndCommissionerAction(campaign.id, {
      subjectsEn: "Ban police facial recognition",
      subjectsFr: "Interdisez la reconnaissance faciale policière",
      templateEn: "Dear {{representative}},\n\nI live in {{riding}}.\n\n{{supporter_name}}",
      templateFr: "Bonjour {{representative}},\n\nJ’habite {{riding}}.\n\n{{supporter_name}}",
      maxPerHourPerTarget: 50,
    });
    const writers = [];
    for (let i = 0; i < 3; i++) writers.push(await confirmedSigner(campaign.slug, `Pooled Writer${i}`));
    const visitor = visitorContext("pooled-letters");
    // All three at once: six transactions contending for two server connections.
    const sent = await Promise.all(writers.map((writer) => sendLetters(visitor, campaign.slug, "en", writer.id, { riding: "35079", subject: "0" })));
    for (const result of sent) expect(result).toMatchObject({ ok: true, sent: [{ queued: true }, { queued: true }] });

    worker = await spawnWorker(letterWorkerEnv(stub, { WORKER_CONCURRENCY: "4" }));
    await waitFor(async () => stub.emails().filter((email) => email.subject === "Ban police facial recognition").length === 6 || null, 30_000, "six letters sent");
    const [handedOver] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(letters)
      .where(and(eq(letters.campaignId, campaign.id), eq(letters.state, "handed_over")));
    expect(handedOver!.n).toBe(6);

    // Past one batch of the export (2,000 rows): the second batch is a new query, likely on another
    // server connection, and must carry on where the first ended.
    const prefix = `pooled-${uniqueSuffix()}-`;
    await db().execute(sql`
      insert into supporters (email, canonical_email, name, locale)
      select ${prefix} || i || '@example.org', ${prefix} || i || '@example.org', 'Pooled Signer ' || i, 'en' from generate_series(1, 2500) as i`);
    await db().execute(sql`
      insert into signatures (campaign_id, supporter_id, state, name, email, canonical_email, country, locale, confirmed_at, source)
      select ${campaign.id}, id, 'confirmed', name, email, canonical_email, 'CA', 'en', now() - (random() * interval '1 day'), 'import'
      from supporters where email like ${`${prefix}%`}`);
    const organiser = await createStaffMember(db(), "organiser");
    const exported = await exportSignatures(staffContextOf(organiser), campaign.id, signatureFilter.parse({}), ["email"], ["Email"]);
    const csv = await new Response(exported!.stream).text();
    const lines = csv.trim().split(/\r?\n/).slice(1);
    expect(lines).toHaveLength(2_503);
    expect(new Set(lines).size).toBe(2_503);
    for (const writer of writers) expect(lines).toContain(writer.email);
    // The files after this one share the database: the bulk rows would swell their counts.
    await db().execute(sql`delete from signatures where campaign_id = ${campaign.id} and source = 'import'`);
    await db().execute(sql`delete from supporters where email like ${`${prefix}%`}`);
  },
  90_000,
);
