import path from "node:path";
import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as webhook } from "@/app/api/webhooks/resend/route";
import { db } from "@/db/client";
import { consentRecords, dataRequests, emailMessages, letters, signatures, verificationTokens } from "@/db/schema";
import { env } from "@/lib/env";
import { subjectHash } from "@/lib/subject-hash";
import { countAudience } from "@/server/audience/count-audience";
import { visitorContext } from "@/server/context";
import { importDirectory } from "@/server/directory/import/import-directory";
import { readDirectoryPath } from "@/server/directory/import/read-directory-path";
import { requestWriterLink } from "@/server/letters/request-writer-link";
import { sendLetters } from "@/server/letters/send-letters";
import { canonicalEmail } from "@/server/mail/canonical";
import { eraseSupporter } from "@/server/privacy/erase-supporter";
import { exportSignatures } from "@/server/signatures/admin/export-signatures";
import { signatureFilter } from "@/server/signatures/admin/signature-filter";
import { confirmSignature } from "@/server/signatures/confirm-signature";
import { signPetition } from "@/server/signatures/sign-petition";
import { sendUpdate } from "@/server/updates/email/send-update";
import { listUpdateSends } from "@/server/updates/email/list-update-sends";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { addMpAndCommissionerAction } from "./support/letter-campaign";
import { waitFor } from "./support/mail-env";
import { mailWorkerHarness } from "./support/mail-harness";
import { createStaffMember, staffContextOf, type StaffMember } from "./support/signed-in";
import { person, visitor } from "./support/signing";
import { webhookDelivery } from "./support/webhook";
import { publishedUpdate } from "./support/erasure";

/*
 * The "done when": one supporter signs, confirms, subscribes, writes two letters, gets an
 * update, and has webhook events about their mail; after they erase themselves, no row of any table
 * of any schema holds their name, address (as typed or canonical) or postal code, every count is
 * what it was, and the next update to everyone does not reach them.
 */

const mail = mailWorkerHarness(4);
const NAME = "Zéphyrine Quillfeather";
const EMAIL = "Zephyrine.Q+chorus@Example.org";
const POSTAL = "X0A 1H0";
const needles = [NAME, "Quillfeather", EMAIL, canonicalEmail(EMAIL), "Zephyrine.Q", POSTAL, POSTAL.replace(" ", "")].map((needle) => needle.toLowerCase());
let organiser: StaffMember;

beforeAll(async () => {
  process.env.REPRESENT_URL = "off";
  await importDirectory(db(), readDirectoryPath(path.resolve("tests/fixtures/directory"), "2025-10-01").inputs);
  organiser = await createStaffMember(db(), "organiser");
});

/** Every row of every table of every schema but PostgreSQL's own, as text, with where it was found. */
async function rowsMentioning(): Promise<string[]> {
  const tables = await db().execute<{ schema: string; name: string }>(sql`select table_schema as schema, table_name as name from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`);
  const found: string[] = [];
  for (const table of tables) {
    const rows = await db().execute<{ row: string }>(sql`select t::text as row from ${sql.identifier(table.schema)}.${sql.identifier(table.name)} t`);
    for (const { row } of rows) if (needles.some((needle) => row.toLowerCase().includes(needle))) found.push(`${table.schema}.${table.name}: ${row.slice(0, 300)}`);
  }
  return found;
}

/** What every count, chart and open-data figure of the campaign is computed from. */
async function figures(campaignId: string) {
  const tallies = await db().execute<{ scope: string; key: string; n: number }>(sql`select scope, key, sum(count)::int as n from signature_tallies where campaign_id = ${campaignId} group by scope, key order by scope, key`);
  const confirmed = await db().execute<{ province: string | null; riding: string | null; n: number }>(sql`select province, riding_code as riding, count(*)::int as n from signatures where campaign_id = ${campaignId} and state = 'confirmed' group by 1, 2 order by 1, 2`);
  const written = await db().execute<{ target: string; n: number }>(sql`select target_key as target, count(*)::int as n from letters where campaign_id = ${campaignId} and state = 'handed_over' group by 1 order by 1`);
  return { tallies: [...tallies], confirmed: [...confirmed], written: [...written] };
}

const settled = (rows: { status: string }[]) => rows.length > 0 && rows.every((row) => !["queued", "sending"].includes(row.status));

describe("erasing a supporter", () => {
  it("leaves nothing of them in any table, keeps every count, and stops mail to them", { timeout: 120_000 }, async () => {
    const campaign = await createCampaign(db(), { lettersEnabled: true });
    await addMpAndCommissionerAction(campaign.id, {
      subjectsEn: "Support a moratorium",
      subjectsFr: "Appuyez un moratoire",
      templateEn: "Dear {{representative}},\n\nI write from {{riding}} to ask you to act.\n\n{{supporter_name}}",
      templateFr: "Bonjour {{representative}},\n\nJ’écris de {{riding}}.\n\n{{supporter_name}}",
    });
    // Someone else signs too, so the figures are not just hers.
    const neighbour = `noor.haddad.${uniqueSuffix()}@example.org`;
    for (const [email, subscribe] of [
      [neighbour, true],
      [EMAIL, true],
    ] as const) {
      await signPetition(visitor, campaign.slug, person(email, { name: email === EMAIL ? NAME : "Noor Haddad", postalCode: email === EMAIL ? POSTAL : "X0A 0H0", province: "NU", subscribe }), { source: "/en/campaigns/test" });
      const confirmation = await waitFor(
        async () => {
          const inbox = mail
            .stub()
            .emails()
            .filter((sent) => sent.to.some((to) => to.toLowerCase().includes(email.toLowerCase())));
          return /\/confirm\/([\w-]+)/.exec(inbox.at(-1)?.text ?? "")?.[1] ?? null;
        },
        20_000,
        `confirmation to ${email}`,
      );
      expect(await confirmSignature(visitor, confirmation)).toMatchObject({ ok: true });
    }
    const [signed] = await db()
      .select()
      .from(signatures)
      .where(and(eq(signatures.campaignId, campaign.id), eq(signatures.canonicalEmail, canonicalEmail(EMAIL))));
    const supporterId = signed!.supporterId!;

    // Two letters, to her MP and to the commissioner, in her own words; and a writer link asked for.
    const writing = visitorContext("erasure-test");
    const sent = await sendLetters(writing, campaign.slug, "en", supporterId, { riding: "35079", subject: "0", body: `Dear {{representative}},\n\nAs someone living at ${POSTAL}, I ask you to act.\n\n${NAME}` });
    expect(sent).toMatchObject({ ok: true, sent: [{ queued: true }, { queued: true }] });
    expect(await requestWriterLink(writing, campaign.slug, "en", { email: EMAIL })).toEqual({ ok: true });

    // An update to the campaign's subscribers.
    const updateId = await publishedUpdate(campaign.id);
    const audience = await countAudience(staffContextOf(organiser), { campaignId: campaign.id, scope: "signers" });
    expect(await sendUpdate(staffContextOf(organiser), { updateId, scope: "signers", expected: audience })).toMatchObject({ ok: true });
    const mine = () => db().select().from(emailMessages).where(eq(emailMessages.supporterId, supporterId));
    const theirs = await waitFor(
      async () => {
        const rows = await mine();
        return rows.some((row) => row.kind === "campaign-update") && rows.filter((row) => row.category === "letter").length === 2 && settled(rows) ? rows : null;
      },
      60_000,
      "her letters, copies and update sent",
    );

    // Resend reports on every one of them.
    for (const message of theirs) if (message.providerId) expect((await webhook(webhookDelivery("email.delivered", message.providerId, message.toAddress))).status).toBe(200);
    // An organiser searched the signatures for her address and exported them.
    await exportSignatures(staffContextOf(organiser), campaign.id, signatureFilter.parse({ q: EMAIL }), ["name", "email"], ["Name", "Email"]);
    // She typed her address into the staff sign-in form once, as anyone can (Auth.js keeps it 15 minutes).
    await db()
      .insert(verificationTokens)
      .values({ identifier: EMAIL.toLowerCase(), token: "9f2c4e7a1b3d5f6e8a0c2e4f6a8b0d2e", expires: new Date(Date.now() + 15 * 60_000) });
    expect((await rowsMentioning()).length).toBeGreaterThan(0);
    const before = await figures(campaign.id);
    const erasuresBefore = (await db().select().from(dataRequests).where(eq(dataRequests.kind, "erasure"))).length;

    expect(await eraseSupporter(visitorContext(null), supporterId, "supporter")).toMatchObject({ ok: true });

    expect(await rowsMentioning()).toEqual([]);
    expect(await figures(campaign.id)).toEqual(before);
    const proof = await db()
      .select()
      .from(consentRecords)
      .where(and(eq(consentRecords.subjectHash, subjectHash(env().AUTH_SECRET, canonicalEmail(EMAIL))), eq(consentRecords.campaignId, campaign.id)));
    expect(proof.map((row) => `${row.purpose}:${row.action}`).sort()).toEqual(["petition:granted", "updates:granted"]);
    expect(await db().select().from(dataRequests).where(eq(dataRequests.kind, "erasure"))).toHaveLength(erasuresBefore + 1);
    expect(await eraseSupporter(visitorContext(null), supporterId, "supporter")).toEqual({ ok: false, error: "gone" });

    // The next update to everyone subscribed reaches her neighbour, not her.
    const everyone = await countAudience(staffContextOf(organiser), { campaignId: campaign.id, scope: "subscribers" });
    expect(await sendUpdate(staffContextOf(organiser), { updateId, scope: "subscribers", expected: everyone })).toMatchObject({ ok: true });
    await waitFor(async () => (await listUpdateSends(staffContextOf(organiser), updateId)).every((send) => !send.preparing) || null, 30_000, "the second send prepared");
    const queued = await db()
      .select({ to: emailMessages.canonicalTo })
      .from(emailMessages)
      .where(inArray(emailMessages.canonicalTo, [canonicalEmail(EMAIL), neighbour]));
    expect(queued.map((row) => row.to)).toEqual([neighbour, neighbour]);
    expect(await rowsMentioning()).toEqual([]);
    expect(await db().select().from(letters).where(eq(letters.supporterId, supporterId))).toEqual([]);
  });
});
