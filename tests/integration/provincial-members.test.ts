import path from "node:path";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { importDirectory } from "@/server/directory/import/import-directory";
import { readDirectoryPath } from "@/server/directory/import/read-directory-path";
import { seedDemo } from "@/db/seed/seed-demo";
import { letterActions, letters, postalAreas, representatives } from "@/db/schema";
import { publicContext, visitorContext } from "@/server/context";
import { lookupPostalCode } from "@/server/directory/lookup-postal-code";
import { lookupProvincialRiding } from "@/server/directory/lookup-provincial-riding";
import { draftLetters } from "@/server/letters/draft-letters";
import { sendLetters } from "@/server/letters/send-letters";
import { createCampaign } from "../support/factories";
import { startRepresentStub } from "../support/represent-stub/represent-stub";
import { confirmedSigner } from "./support/signing";

const CENTRE = "ocd-division/country:ca/province:on/ed:78-2015";
const SOUTH = "ocd-division/country:ca/province:on/ed:79-2015";
const VANIER = "ocd-division/country:ca/province:on/ed:80-2015";
let stub: Awaited<ReturnType<typeof startRepresentStub>>;

beforeAll(async () => {
  stub = await startRepresentStub({
    K2P1L4: [
      { name: "Priya Lachance", ridingCode: "35079", districtName: "Ottawa Centre" },
      // Represent writes the district as the legislature does; ours is Open Civic Data's, in another case.
      { name: "Joëlle Marchand", ridingCode: "", districtName: "OTTAWA CENTRE", office: "MPP", email: "jmarchand.mpp@ola.example" },
      { name: "Nobody Listed", ridingCode: "", districtName: "Kanata—Carleton", office: "MPP", email: "nobody@ola.example" },
    ],
  });
  // Read once by the env module, on first use.
  process.env.REPRESENT_URL = stub.url;
  process.env.REPRESENT_TIMEOUT_MS = "1000";
  await seedDemo(db());
  await importDirectory(db(), readDirectoryPath(path.resolve("tests/fixtures/directory"), "2025-10-01").inputs);
});

afterAll(async () => {
  await stub.close();
});

describe("provincial members from Represent", () => {
  it("are stored with the postal code placed exactly in their provincial riding; a district we lack is skipped", async () => {
    // Represent is asked at most once a second (a window shared with other files): start in a fresh second.
    await new Promise((resolve) => setTimeout(resolve, 1_020 - (Date.now() % 1_000)));
    expect(await lookupPostalCode(publicContext, "K2P 1L4")).toMatchObject({ basis: "exact", mustChoose: false });
    const [member] = await db().select().from(representatives).where(eq(representatives.ridingId, CENTRE));
    expect(member).toMatchObject({ key: `mpp:${CENTRE}`, office: "MPP", name: "Joëlle Marchand", email: "jmarchand.mpp@ola.example", source: "Represent API (postcodes)" });
    expect(
      await db()
        .select({ ridingId: postalAreas.ridingId, weight: postalAreas.weight })
        .from(postalAreas)
        .where(and(eq(postalAreas.code, "K2P1L4"), eq(postalAreas.ridingId, CENTRE))),
    ).toEqual([{ ridingId: CENTRE, weight: 1 }]);
    expect(await db().select().from(representatives).where(eq(representatives.name, "Nobody Listed"))).toEqual([]);

    const provincial = await lookupProvincialRiding(publicContext, "k2p1l4");
    expect(provincial).toMatchObject({ ok: true, basis: "exact", mustChoose: false });
    expect(provincial.ok && provincial.candidates.map((c) => [c.ridingId, c.representative?.name, c.representative?.writable])).toEqual([[CENTRE, "Joëlle Marchand", true]]);
    expect(stub.requests.filter((url) => url === "/postcodes/K2P1L4/")).toHaveLength(1);
  });

  it("offer every provincial riding of the province when nothing exact is known, and none where the directory has none", async () => {
    // A code Represent does not know: the supporter chooses among the province's ridings.
    const unknown = await lookupProvincialRiding(publicContext, "K1Z 9Z9");
    expect(unknown).toMatchObject({ ok: true, basis: "province", mustChoose: true });
    expect(unknown.ok && unknown.candidates.map((c) => c.nameEn)).toEqual(["Ottawa Centre", "Ottawa South", "Ottawa—Vanier"]);
    expect(await lookupProvincialRiding(publicContext, "C1A 4P3")).toEqual({ ok: false, error: "noRidings", province: "PE" });
  });
});

describe("letters to provincial members", () => {
  it("go to the member of the provincial riding chosen, beside the MP, with {{riding}} the provincial riding", async () => {
    await db()
      .insert(representatives)
      .values([
        { key: `mpp:${VANIER}`, ridingId: VANIER, office: "MPP", name: "Lucien Tremblay", email: "ltremblay.mpp@ola.example", source: "test", asOf: "2025-10-01" },
        { key: `mpp:${SOUTH}`, ridingId: SOUTH, office: "MPP", name: "Ama Mensah", email: null, source: "test", asOf: "2025-10-01" },
      ])
      .onConflictDoNothing();
    const campaign = await createCampaign(db(), { lettersEnabled: true });
    await db().insert(letterActions).values({
      campaignId: campaign.id,
      toMp: true,
      toProvincialMember: true,
      subjectsEn: "Act",
      subjectsFr: "Agissez",
      templateEn: "Dear {{representative}}, I live in {{riding}}. {{supporter_name}}",
      templateFr: "Bonjour {{representative}}, j’habite {{riding}}. {{supporter_name}}",
    });
    const writer = await confirmedSigner(campaign.slug, "Provincial Writer");

    expect(await draftLetters(visitorContext(null), campaign.slug, "en", writer.id, { riding: "35079", subject: "0" })).toEqual({ ok: false, error: "invalid", fields: { provincialRiding: "provincialRidingRequired" } });
    // A member without an address: the MP's letter goes, with a note saying why the member's does not.
    const noAddress = await draftLetters(visitorContext(null), campaign.slug, "en", writer.id, { riding: "35079", provincialRiding: SOUTH, subject: "0" });
    expect(noAddress).toMatchObject({ ok: true, notes: [{ key: "provincialSkipped", riding: "Ottawa South" }] });
    expect(noAddress.ok && noAddress.letters.map((l) => l.name)).toEqual(["Priya Lachance"]);
    // Nowhere to choose from (no provincial ridings for Prince Edward Island): the other letters go.
    const elsewhere = await draftLetters(visitorContext(null), campaign.slug, "en", writer.id, { riding: "35079", postalCode: "C1A 4P3", subject: "0" });
    expect(elsewhere).toMatchObject({ ok: true, notes: [{ key: "provincialUnreachable", province: "PE" }] });

    const result = await sendLetters(visitorContext(null), campaign.slug, "en", writer.id, { riding: "35079", provincialRiding: VANIER, subject: "0" });
    expect(result).toEqual({
      ok: true,
      sent: [
        { name: "Priya Lachance", queued: true },
        { name: "Lucien Tremblay", queued: true },
      ],
    });
    const rows = await db().select().from(letters).where(eq(letters.campaignId, campaign.id));
    const toMember = rows.find((row) => row.toAddress === "ltremblay.mpp@ola.example")!;
    expect(toMember).toMatchObject({ toName: "Lucien Tremblay", targetRegion: "ON", ridingCode: "80-2015", ridingName: "Ottawa—Vanier", body: "Dear Lucien Tremblay, I live in Ottawa—Vanier. Provincial Writer" });
    expect(rows.find((row) => row.toAddress === "priya.lachance@parl.example")).toMatchObject({ ridingCode: "35079", body: "Dear Priya Lachance, I live in Ottawa Centre. Provincial Writer" });
    const jobs = await db().execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = 'letters.deliver' and data->>'letterId' in ${rows.map((row) => row.id)}`);
    expect(Number(jobs[0]!.n)).toBe(2);
    expect(
      await db()
        .select({ id: representatives.id })
        .from(representatives)
        .where(inArray(representatives.ridingId, [VANIER])),
    ).toHaveLength(1);
  });
});
