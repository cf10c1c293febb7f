import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { postalAreas, representatives, signatures } from "@/db/schema";
import { readDirectoryFile } from "@/server/directory/import/directory-files";
import { importDirectory } from "@/server/directory/import/import-directory";
import { readDirectoryPath } from "@/server/directory/import/read-directory-path";
import { syncMembers } from "@/server/directory/import/sync-members";
import { publicContext } from "@/server/context";
import { lookupPostalCode } from "@/server/directory/lookup-postal-code";
import { confirmSignature } from "@/server/signatures/confirm-signature";
import { getSignatureCounts } from "@/server/signatures/get-signature-counts";
import { signPetition } from "@/server/signatures/sign-petition";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { latestConfirmationToken, person, visitor } from "./support/signing";
import { startRepresentStub } from "../support/represent-stub/represent-stub";

const fixtures = path.resolve("tests/fixtures/directory");
let stub: Awaited<ReturnType<typeof startRepresentStub>>;

/** Represent is asked at most once a second (a shared fixed window): start each such lookup in a fresh second. */
async function nextSecond() {
  await new Promise((resolve) => setTimeout(resolve, 1_020 - (Date.now() % 1_000)));
}

beforeAll(async () => {
  stub = await startRepresentStub(
    {
      K1P5G4: [{ name: "Priya Lachance", ridingCode: "35079", districtName: "Ottawa Centre" }],
      K1S5B6: [
        { name: "Priya Lachance", ridingCode: "35079", districtName: "Ottawa Centre" },
        { name: "Daniel Okafor", ridingCode: "35080", districtName: "Ottawa South", concordanceOnly: true },
      ],
    },
    [
      { name: "Priya Lachance", ridingCode: "35079", districtName: "Ottawa Centre", email: "priya.lachance@parl.example" },
      { name: "Samuel Whitehorse", ridingCode: "35080", districtName: "Ottawa South", email: "samuel.whitehorse@parl.example" },
      { name: "Nobody Known", ridingCode: "99001", districtName: "Not a riding", email: "" },
    ],
  );
  // Read once by the env module, on first use.
  process.env.REPRESENT_URL = stub.url;
  process.env.REPRESENT_TIMEOUT_MS = "1000";
  await importDirectory(db(), readDirectoryPath(fixtures, "2025-10-01").inputs);
});

afterAll(async () => {
  await stub.close();
});

describe("the directory importer", () => {
  it("is idempotent, reports what a changed file updates and what it no longer says", async () => {
    const again = await importDirectory(db(), readDirectoryPath(fixtures, "2025-10-01").inputs);
    expect(again.map(({ kind, added, updated, unchanged, removed }) => ({ kind, added, updated, unchanged, removed }))).toEqual([
      { kind: "ridings", added: 0, updated: 0, unchanged: 5, removed: 0 },
      { kind: "ridings", added: 0, updated: 0, unchanged: 3, removed: 0 },
      { kind: "representatives", added: 0, updated: 0, unchanged: 4, removed: 0 },
      { kind: "postalAreas", added: 0, updated: 0, unchanged: 2, removed: 0 },
      { kind: "fixedTargets", added: 0, updated: 0, unchanged: 2, removed: 0 },
    ]);

    const changed = mkdtempSync(path.join(tmpdir(), "directory-"));
    writeFileSync(path.join(changed, "members.csv"), readFileSync(path.join(fixtures, "members.csv"), "utf8").replace("daniel.okafor@parl.example", "d.okafor@parl.example"));
    writeFileSync(path.join(changed, "postal-hints.csv"), "fsa,fed_num,riding_name_en,province\nK1P,35079,Ottawa Centre,ON\n");
    copyFileSync(path.join(fixtures, "federal-ridings.csv"), path.join(changed, "federal-ridings.csv"));
    const reports = await importDirectory(db(), readDirectoryPath(changed, "2025-11-01").inputs);
    expect(reports.find((r) => r.kind === "representatives")).toMatchObject({ updated: 1, unchanged: 3 });
    expect(reports.find((r) => r.kind === "postalAreas")).toMatchObject({ unchanged: 1, removed: 1 });
    const [okafor] = await db().select().from(representatives).where(eq(representatives.key, "mp:35080"));
    expect(okafor).toMatchObject({ email: "d.okafor@parl.example", asOf: "2025-11-01", source: "House of Commons, via Represent: members.csv" });
    // Put the fixtures back for the lookups below.
    await importDirectory(db(), readDirectoryPath(fixtures, "2025-10-01").inputs);
  });

  it("syncs MPs from Represent: a new member replaces the old, unknown ridings are reported", async () => {
    const report = await syncMembers(db(), stub.url);
    expect(report).toMatchObject({ rows: 3, added: 0, updated: 1, unchanged: 1 });
    expect(report.skipped).toEqual(["mp:99001: riding ocd-division/country:ca/ed:99001-2023 not in the directory (import the ridings first)"]);
    const [south] = await db().select().from(representatives).where(eq(representatives.key, "mp:35080"));
    expect(south).toMatchObject({ name: "Samuel Whitehorse", email: "samuel.whitehorse@parl.example", source: "Represent API (house-of-commons)" });
    await importDirectory(db(), readDirectoryPath(fixtures, "2025-10-01").inputs);
  });

  it("refuses a malformed file, saying which row and why", () => {
    expect(() => readDirectoryFile("fsa,fed_num,riding_name_en,province\nK1P,99999,Nowhere,ON\n")).toThrow(/row 2: fed_num unknown province code/);
    expect(() => readDirectoryFile("colour,size\nred,2\n")).toThrow(/unrecognised columns: colour, size/);
  });
});

describe("postal-code lookup", () => {
  it("refuses what cannot be a Canadian postal code", async () => {
    expect(await lookupPostalCode(publicContext, "D1A 1A1")).toEqual({ ok: false, error: "postalCodeInvalid" });
  });

  it("asks Represent once, keeps its answer as exact data, and needs no choice for one riding", async () => {
    await nextSecond();
    const first = await lookupPostalCode(publicContext, "k1p-5g4");
    expect(first).toMatchObject({ ok: true, postalCode: "K1P 5G4", basis: "exact", mustChoose: false });
    expect(first.ok && first.candidates.map((c) => [c.nameEn, c.representative?.name])).toEqual([["Ottawa Centre", "Priya Lachance"]]);
    await nextSecond();
    await lookupPostalCode(publicContext, "K1P 5G4");
    expect(stub.requests.filter((url) => url === "/postcodes/K1P5G4/")).toHaveLength(1);
    expect(await db().select().from(postalAreas).where(eq(postalAreas.code, "K1P5G4"))).toEqual([expect.objectContaining({ weight: 1, source: "Represent API (postcodes)" })]);
  });

  it("merges centroid and concordance, and lets the supporter choose between several ridings", async () => {
    await nextSecond();
    const lookup = await lookupPostalCode(publicContext, "K1S 5B6");
    expect(lookup).toMatchObject({ basis: "exact", mustChoose: true });
    expect(lookup.ok && lookup.candidates.map((c) => c.nameEn)).toEqual(["Ottawa Centre", "Ottawa South"]);
  });

  it("falls back to the province when Represent does not know the code and no prefix hint exists", async () => {
    await nextSecond();
    const lookup = await lookupPostalCode(publicContext, "K2C 3N2");
    expect(lookup).toMatchObject({ basis: "province", province: "ON", mustChoose: true });
    expect(lookup.ok && lookup.candidates.map((c) => [c.nameEn, c.representative?.writable])).toEqual([
      ["Ottawa Centre", true],
      ["Ottawa South", true],
      ["Ottawa—Vanier—Gloucester", false],
    ]);
  });

  it("falls back to the prefix hint when Represent answers 503, offers the rest of the province, and stops asking for a while", async () => {
    stub.failWith(503);
    await nextSecond();
    const lookup = await lookupPostalCode(publicContext, "K1P 1J1");
    expect(lookup).toMatchObject({ basis: "hint", mustChoose: true });
    expect(lookup.ok && lookup.candidates.map((c) => c.nameEn)).toEqual(["Ottawa Centre"]);
    expect(lookup.ok && lookup.others.map((c) => c.nameEn)).toEqual(["Ottawa South", "Ottawa—Vanier—Gloucester"]);
    const asked = stub.requests.length;
    await nextSecond();
    expect(await lookupPostalCode(publicContext, "H2X 1Y4")).toMatchObject({ basis: "hint", province: "QC" });
    expect(stub.requests.length).toBe(asked);
  });
});

describe("ridings of signatures", () => {
  it("are settled on confirmation when the postal code lies in one riding, and counted by riding; a hint is never used", async () => {
    // K1P 5G4 is exact local data since Represent answered for it above; K1P 1J1 is only a prefix hint.
    const campaign = await createCampaign(db());
    const web = { source: "/en/campaigns/test" };
    for (const [email, postalCode] of [
      [`centre-${uniqueSuffix()}@example.org`, "K1P 5G4"],
      [`hint-${uniqueSuffix()}@example.org`, "K1P 1J1"],
    ] as const) {
      await signPetition(visitor, campaign.slug, person(email, { postalCode }), web);
      expect(await confirmSignature(visitor, (await latestConfirmationToken(email))!)).toMatchObject({ ok: true });
    }
    const rows = await db().select({ postalCode: signatures.postalCode, ridingCode: signatures.ridingCode }).from(signatures).where(eq(signatures.campaignId, campaign.id));
    expect(rows.sort((a, b) => a.postalCode!.localeCompare(b.postalCode!))).toEqual([
      { postalCode: "K1P 1J1", ridingCode: null },
      { postalCode: "K1P 5G4", ridingCode: "35079" },
    ]);
    const counts = await getSignatureCounts(campaign.id, { fresh: true });
    expect(counts.total).toBe(2);
    expect(counts.byRiding).toEqual([{ code: "35079", nameEn: "Ottawa Centre", nameFr: "Ottawa-Centre", count: 1 }]);
  });
});
