import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, signatures } from "@/db/schema";
import { addToTallies } from "@/server/signatures/add-to-tallies";
import { exportSignatures } from "@/server/signatures/admin/export-signatures";
import { invalidateMatching } from "@/server/signatures/admin/invalidate-matching";
import { invalidateOne } from "@/server/signatures/admin/invalidate-one";
import { restoreSignature } from "@/server/signatures/admin/restore-signature";
import { createCampaign, createSignature, createSupporter, uniqueSuffix } from "../support/factories";
import { createStaffMember, staffContextOf, type StaffMember } from "./support/signed-in";
import { tally } from "./support/tallies";

let organiser: StaffMember;
let viewer: StaffMember;

beforeAll(async () => {
  organiser = await createStaffMember(db(), "organiser");
  viewer = await createStaffMember(db(), "viewer");
});

/** A campaign with one confirmed signer in a Quebec riding (counted) and one still pending. */
async function campaignWithSigners() {
  const campaign = await createCampaign(db());
  const confirmedAt = new Date("2021-02-03T12:05:00Z");
  const confirmed = await createSignature(db(), {
    campaignId: campaign.id,
    supporterId: (await createSupporter(db())).id,
    province: "QC",
    ridingCode: "24001",
    state: "confirmed",
    confirmedAt,
    ipHash: "c".repeat(32),
    createdAt: new Date("2021-02-03T12:00:00Z"),
  });
  await db().transaction((tx) => addToTallies(tx, campaign.id, { province: "QC", ridingCode: "24001" }, 1));
  const pending = await createSignature(db(), { campaignId: campaign.id, supporterId: (await createSupporter(db())).id, province: "ON" });
  return { campaign, confirmed, pending };
}

async function counts(campaignId: string) {
  return { total: await tally(campaignId, "total", ""), qc: await tally(campaignId, "province", "QC"), riding: await tally(campaignId, "riding", "24001") };
}

const stateOf = async (id: string) => (await db().select({ state: signatures.state }).from(signatures).where(eq(signatures.id, id)))[0]?.state;

describe("invalidating and restoring one signature", () => {
  it("needs a reason both ways, and the counts follow exactly: off when invalidated, back when restored, once", async () => {
    const { campaign, confirmed } = await campaignWithSigners();
    const ids = { campaignId: campaign.id, signatureId: confirmed.id };
    expect(await counts(campaign.id)).toEqual({ total: 1, qc: 1, riding: 1 });

    expect(await invalidateOne(staffContextOf(organiser), { ...ids, reason: "   " })).toEqual({ ok: false, error: "reasonRequired" });
    expect(await invalidateOne(staffContextOf(organiser), ids)).toEqual({ ok: false, error: "reasonRequired" });
    expect(await stateOf(confirmed.id)).toBe("confirmed");
    expect(await counts(campaign.id)).toEqual({ total: 1, qc: 1, riding: 1 });

    expect(await invalidateOne(staffContextOf(organiser), { ...ids, mark: "fraudulent", reason: "Same person, twenty addresses" })).toEqual({ ok: true, changed: 1 });
    expect(await stateOf(confirmed.id)).toBe("fraudulent");
    expect(await counts(campaign.id)).toEqual({ total: 0, qc: 0, riding: 0 });

    expect(await restoreSignature(staffContextOf(organiser), { ...ids, reason: "" })).toEqual({ ok: false, error: "reasonRequired" });
    expect(await counts(campaign.id)).toEqual({ total: 0, qc: 0, riding: 0 });
    expect(await restoreSignature(staffContextOf(organiser), { ...ids, reason: "The addresses were a family's" })).toEqual({ ok: true, state: "confirmed" });
    expect(await stateOf(confirmed.id)).toBe("confirmed");
    expect(await counts(campaign.id)).toEqual({ total: 1, qc: 1, riding: 1 });

    // Restoring twice changes nothing the second time: the count is not inflated.
    expect(await restoreSignature(staffContextOf(organiser), { ...ids, reason: "again" })).toEqual({ ok: false, error: "notRestorable" });
    expect(await counts(campaign.id)).toEqual({ total: 1, qc: 1, riding: 1 });

    const audit = await db()
      .select({ action: auditEvents.action, before: auditEvents.before, after: auditEvents.after, actorEmail: auditEvents.actorEmail })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "signature"), eq(auditEvents.entityId, confirmed.id)))
      .orderBy(desc(auditEvents.id));
    expect(audit.map((row) => row.action)).toEqual(["signature.restore", "signature.invalidate"]);
    expect(audit[0]).toMatchObject({ actorEmail: organiser.email, before: { state: "fraudulent" }, after: { state: "confirmed", reason: "The addresses were a family's" } });
    expect(audit[1]).toMatchObject({ before: { state: "confirmed" }, after: { state: "fraudulent", reason: "Same person, twenty addresses" } });
  });

  it("puts a pending signature back to pending, without counting it", async () => {
    const { campaign, pending } = await campaignWithSigners();
    const ids = { campaignId: campaign.id, signatureId: pending.id };
    expect(await invalidateOne(staffContextOf(organiser), { ...ids, reason: "Test address" })).toEqual({ ok: true, changed: 1 });
    expect(await counts(campaign.id)).toEqual({ total: 1, qc: 1, riding: 1 });
    expect(await restoreSignature(staffContextOf(organiser), { ...ids, reason: "Real person" })).toEqual({ ok: true, state: "pending" });
    expect(await stateOf(pending.id)).toBe("pending");
    expect(await counts(campaign.id)).toEqual({ total: 1, qc: 1, riding: 1 });
  });

  it("does not restore what the rate limit marked on arrival, nor let a viewer restore", async () => {
    const { campaign } = await campaignWithSigners();
    const marked = await createSignature(db(), { campaignId: campaign.id, supporterId: (await createSupporter(db())).id, state: "fraudulent" });
    expect(await restoreSignature(staffContextOf(organiser), { campaignId: campaign.id, signatureId: marked.id, reason: "why not" })).toEqual({ ok: false, error: "notRestorable" });
    expect(await stateOf(marked.id)).toBe("fraudulent");
    await expect(restoreSignature(staffContextOf(viewer), { campaignId: campaign.id, signatureId: marked.id, reason: "x" })).rejects.toThrow(/role/);
    expect(await counts(campaign.id)).toEqual({ total: 1, qc: 1, riding: 1 });
  });
});

describe("bulk invalidation", () => {
  it("refuses without a reason and changes nothing; with one, it is audited with it", async () => {
    const { campaign, confirmed } = await campaignWithSigners();
    // The window is typed on the organisation's clock (Toronto): 12:00 UTC is 07:00 there.
    const condition = { campaignId: campaign.id, expected: "1", ipHash: "c".repeat(32), from: "2021-02-03T06:00", to: "2021-02-03T08:00", mark: "invalidated" };
    expect(await invalidateMatching(staffContextOf(organiser), { ...condition, reason: "" })).toEqual({ ok: false, error: "reasonRequired" });
    expect(await stateOf(confirmed.id)).toBe("confirmed");
    expect(await counts(campaign.id)).toEqual({ total: 1, qc: 1, riding: 1 });
    expect(await invalidateMatching(staffContextOf(organiser), { ...condition, reason: "One machine, one afternoon" })).toEqual({ ok: true, changed: 1 });
    expect(await counts(campaign.id)).toEqual({ total: 0, qc: 0, riding: 0 });
    const [audit] = await db()
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "signatures.invalidate"), eq(auditEvents.entityId, campaign.id)));
    expect(audit?.after).toMatchObject({ reason: "One machine, one afternoon", changed: 1 });
  });
});

describe("the CSV export", () => {
  it("has a country column, gives a signer abroad their country, and is named for the campaign", async () => {
    const campaign = await createCampaign(db());
    await createSignature(db(), { campaignId: campaign.id, supporterId: (await createSupporter(db())).id, email: `abroad-${uniqueSuffix()}@example.fr`, country: "FR", postalCode: null, province: null });
    await createSignature(db(), { campaignId: campaign.id, supporterId: (await createSupporter(db())).id });
    const exported = await exportSignatures(staffContextOf(organiser), campaign.id, {}, ["email", "province", "country"], ["Email", "Province", "Country"]);
    expect(exported?.slug).toBe(campaign.slug);
    const text = await new Response(exported!.stream).text();
    const lines = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe("Email,Province,Country");
    expect(lines.filter((line) => line.endsWith(",,FR"))).toHaveLength(1);
    expect(lines.filter((line) => line.endsWith(",ON,CA"))).toHaveLength(1);
  });
});
