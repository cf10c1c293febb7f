import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { signatures } from "@/db/schema";
import { addToTallies } from "@/server/signatures/add-to-tallies";
import { conditionSql, invalidateCondition } from "@/server/signatures/admin/invalidate-condition";
import { invalidateSignatures } from "@/server/signatures/admin/invalidate-signatures";
import { beforeCursor, cursor, cursorColumn, filterConditions, signatureFilter } from "@/server/signatures/admin/signature-filter";
import { tally } from "./support/tallies";
import { createCampaign, createSignature, createSupporter, uniqueSuffix } from "../support/factories";

/** A campaign with signatures spread over two minutes, some sharing a created_at to the microsecond. */
async function campaignWithSignatures() {
  const campaign = await createCampaign(db());
  const rows = [];
  const base = Date.parse("2021-02-03T12:00:00.000Z");
  for (let i = 0; i < 12; i++) {
    const supporter = await createSupporter(db());
    const domain = i % 3 === 0 ? "burner.example" : "example.org";
    const email = `signer${i}-${uniqueSuffix()}@${domain}`;
    const confirmed = i % 2 === 0;
    rows.push(
      await createSignature(db(), {
        campaignId: campaign.id,
        supporterId: supporter.id,
        email,
        canonicalEmail: email,
        ipHash: i < 4 ? "a".repeat(32) : "b".repeat(32),
        province: i % 4 === 0 ? "QC" : "ON",
        state: confirmed ? "confirmed" : "pending",
        confirmedAt: confirmed ? new Date(base + 60_000) : null,
        createdAt: new Date(base + Math.floor(i / 2) * 10_000),
      }),
    );
    if (confirmed) await db().transaction((tx) => addToTallies(tx, campaign.id, { province: i % 4 === 0 ? "QC" : "ON" }, 1));
  }
  return { campaign, rows };
}

describe("the signatures table", () => {
  it("pages by keyset without skipping or repeating rows that share a time", async () => {
    const { campaign, rows } = await campaignWithSignatures();
    const seen: string[] = [];
    let after: { at: string; id: string } | undefined;
    for (;;) {
      const page = await db()
        .select({ id: signatures.id, cursor: cursorColumn })
        .from(signatures)
        .where(and(filterConditions(campaign.id, {}), after ? beforeCursor(after) : undefined))
        .orderBy(desc(signatures.createdAt), desc(signatures.id))
        .limit(5);
      seen.push(...page.map((row) => row.id));
      if (page.length < 5) break;
      after = cursor.parse(page.at(-1)!.cursor);
    }
    expect(seen).toHaveLength(rows.length);
    expect(new Set(seen).size).toBe(rows.length);
  });

  it("filters by state, province, address prefix (wildcards taken literally) and day", async () => {
    const { campaign, rows } = await campaignWithSignatures();
    const ids = async (raw: Record<string, string>) =>
      (
        await db()
          .select({ id: signatures.id })
          .from(signatures)
          .where(filterConditions(campaign.id, signatureFilter.parse(raw)))
      )
        .map((row) => row.id)
        .sort();
    expect(await ids({ state: "confirmed", province: "qc" })).toEqual(
      rows
        .filter((_, i) => i % 4 === 0)
        .map((row) => row.id)
        .sort(),
    );
    expect(await ids({ q: "SIGNER1" })).toEqual(
      rows
        .filter((row) => row.email.startsWith("signer1"))
        .map((row) => row.id)
        .sort(),
    );
    expect(await ids({ q: "signer_" })).toEqual([]);
    expect(await ids({ from: "2021-02-03", to: "2021-02-03" })).toHaveLength(rows.length);
    expect(await ids({ from: "2021-02-04" })).toEqual([]);
    expect(signatureFilter.safeParse({ from: "03/02/2021" }).success).toBe(false);
  });

  it("counts days on the organisation's clock: 22:00 in Toronto is the same day there, though the next in UTC", async () => {
    const campaign = await createCampaign(db());
    const evening = await createSignature(db(), { campaignId: campaign.id, supporterId: (await createSupporter(db())).id, createdAt: new Date("2021-02-04T03:00:00Z") });
    const ids = async (raw: Record<string, string>) =>
      (
        await db()
          .select({ id: signatures.id })
          .from(signatures)
          .where(filterConditions(campaign.id, signatureFilter.parse(raw)))
      ).map((row) => row.id);
    expect(await ids({ from: "2021-02-03", to: "2021-02-03" })).toEqual([evening.id]);
    expect(await ids({ from: "2021-02-04" })).toEqual([]);
    expect(await ids({ to: "2021-02-02" })).toEqual([]);
  });
});

describe("bulk invalidation", () => {
  it("invalidates what matches the condition, takes confirmed ones off the counts by province, and does nothing the second time", async () => {
    const { campaign, rows } = await campaignWithSignatures();
    // The window is typed on the organisation's clock: 12:00 UTC is 07:00 in Toronto.
    const condition = invalidateCondition("America/Toronto").parse({ emailDomain: "@Burner.example", from: "2021-02-03T06:59", to: "2021-02-03T07:01" });
    const before = { total: await tally(campaign.id, "total", ""), qc: await tally(campaign.id, "province", "QC") };
    const changed = await db().transaction((tx) => invalidateSignatures(tx, campaign.id, conditionSql(campaign.id, condition), "fraudulent"));
    const burner = rows.filter((row) => row.email.endsWith("@burner.example"));
    expect(changed).toBe(burner.length);
    const states = await db().select({ id: signatures.id, state: signatures.state }).from(signatures).where(eq(signatures.campaignId, campaign.id));
    for (const row of states) expect(row.state).toBe(burner.some((b) => b.id === row.id) ? "fraudulent" : rows.find((r) => r.id === row.id)!.state);
    // Burner rows are i = 0, 3, 6, 9: confirmed are 0 (QC) and 6 (ON).
    expect(await tally(campaign.id, "total", "")).toBe(before.total - 2);
    expect(await tally(campaign.id, "province", "QC")).toBe(before.qc - 1);
    expect(await db().transaction((tx) => invalidateSignatures(tx, campaign.id, conditionSql(campaign.id, condition), "fraudulent"))).toBe(0);
    expect(await tally(campaign.id, "total", "")).toBe(before.total - 2);
  });

  it("needs an IP hash or a domain, and a window that ends after it starts", () => {
    expect(invalidateCondition("America/Toronto").safeParse({ from: "2021-02-03T11:59", to: "2021-02-03T12:01" }).error?.issues[0]?.message).toBe("conditionRequired");
    expect(invalidateCondition("America/Toronto").safeParse({ ipHash: "a".repeat(32), from: "2021-02-03T12:01", to: "2021-02-03T11:59" }).error?.issues[0]?.message).toBe("windowInvalid");
    expect(invalidateCondition("America/Toronto").safeParse({ emailDomain: "not a domain", from: "2021-02-03T11:59", to: "2021-02-03T12:01" }).success).toBe(false);
  });
});
