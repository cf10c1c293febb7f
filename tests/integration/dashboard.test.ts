import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailMessages, ridings, signatures } from "@/db/schema";
import { topPlaces } from "@/server/dashboard/top-places";
import { listEmails } from "@/server/mail/list-emails";
import { addToTallies } from "@/server/signatures/add-to-tallies";
import { placeSignatureInRiding } from "@/server/signatures/place-in-riding";
import { createCampaign, createSignature, createSupporter, uniqueSuffix } from "../support/factories";
import { createStaffMember, staffContextOf, type StaffMember } from "./support/signed-in";
import { tally } from "./support/tallies";

let viewer: StaffMember;
let organiser: StaffMember;

beforeAll(async () => {
  viewer = await createStaffMember(db(), "viewer");
  organiser = await createStaffMember(db(), "organiser");
});

describe("ridings on the dashboard", () => {
  it("appear, by name, once a confirmed signer confirms their riding; confirming it again changes nothing", async () => {
    const code = String(90_000 + Math.floor(Math.random() * 9_999));
    await db()
      .insert(ridings)
      .values({ id: `federal:${code}`, level: "federal", province: "QC", code, nameEn: `Laurier-Sainte-Marie ${code}`, nameFr: `Laurier—Sainte-Marie ${code}`, source: "test", asOf: "2025-04-28" });
    const campaign = await createCampaign(db());
    const supporter = await createSupporter(db());
    // Confirmed from a postal code the directory knows only by its prefix: no riding yet.
    await createSignature(db(), { campaignId: campaign.id, supporterId: supporter.id, province: "QC", state: "confirmed", confirmedAt: new Date() });
    await db().transaction((tx) => addToTallies(tx, campaign.id, { province: "QC" }, 1));
    expect((await topPlaces(staffContextOf(viewer), campaign.id)).ridings).toEqual([]);

    expect(await db().transaction((tx) => placeSignatureInRiding(tx, campaign.id, supporter.id, code))).toBe(true);
    const places = await topPlaces(staffContextOf(viewer), campaign.id);
    expect(places.ridings).toEqual([{ key: code, count: 1, name: { en: `Laurier-Sainte-Marie ${code}`, fr: `Laurier—Sainte-Marie ${code}` } }]);
    expect(places.provinces).toEqual([{ key: "QC", count: 1, name: null }]);

    expect(await db().transaction((tx) => placeSignatureInRiding(tx, campaign.id, supporter.id, "24001"))).toBe(false);
    expect(await tally(campaign.id, "riding", code)).toBe(1);
    expect(await tally(campaign.id, "riding", "24001")).toBe(0);
    expect(await tally(campaign.id, "total", "")).toBe(1);
    const [row] = await db().select({ ridingCode: signatures.ridingCode }).from(signatures).where(eq(signatures.supporterId, supporter.id));
    expect(row?.ridingCode).toBe(code);
  });

  it("never places a signature that is not confirmed", async () => {
    const campaign = await createCampaign(db());
    const supporter = await createSupporter(db());
    await createSignature(db(), { campaignId: campaign.id, supporterId: supporter.id, state: "pending" });
    expect(await db().transaction((tx) => placeSignatureInRiding(tx, campaign.id, supporter.id, "24001"))).toBe(false);
    expect(await tally(campaign.id, "riding", "24001")).toBe(0);
  });
});

describe("the email log", () => {
  it("names mail the local outbox kept apart from mail sent through Resend", async () => {
    const tag = uniqueSuffix();
    const email = (transport: "outbox" | "resend") => ({
      idempotencyKey: `dashboard/${transport}/${tag}`,
      kind: "test",
      category: "transactional" as const,
      template: "test",
      toAddress: `${transport}-${tag}@example.org`,
      canonicalTo: `${transport}-${tag}@example.org`,
      status: "sent" as const,
      transport,
      sentAt: new Date(),
    });
    await db()
      .insert(emailMessages)
      .values([email("outbox"), email("resend")]);
    const addresses = async (status: "kept" | "sent") => (await listEmails(staffContextOf(organiser), { status })).items.map((item) => item.to).filter((to) => to.endsWith(`-${tag}@example.org`));
    expect(await addresses("kept")).toEqual([`outbox-${tag}@example.org`]);
    expect(await addresses("sent")).toEqual([`resend-${tag}@example.org`]);
  });
});
