import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { campaigns } from "@/db/schema";
import { saveCampaign } from "@/server/campaigns/admin/save-campaign";
import type { Context } from "@/server/context";
import { catalogues } from "../support/catalogues";
import { createCampaign } from "../support/factories";
import { createStaffMember, staffContextOf } from "./support/signed-in";

/*
 * The campaign editor's "anonymise signers' details N months after the petition closes": a number
 * of months from 1 to 120, or blank for the installation's default, posted as the editor posts it.
 */

let organiser: Context;
beforeAll(async () => {
  organiser = staffContextOf(await createStaffMember(db(), "organiser"));
});

async function post(campaign: typeof campaigns.$inferSelect, signerRetentionMonths: string) {
  const form = new FormData();
  const fields = { campaignId: campaign.id, locale: "fr", slug: campaign.slug, titleEn: campaign.titleEn, titleFr: campaign.titleFr, summaryEn: campaign.summaryEn, summaryFr: campaign.summaryFr, bodyEn: campaign.bodyEn, bodyFr: campaign.bodyFr };
  const more = {
    demandEn: campaign.demandEn,
    demandFr: campaign.demandFr,
    targetEn: campaign.targetEn,
    targetFr: campaign.targetFr,
    consentEn: "I support this petition.",
    consentFr: "J'appuie cette pétition.",
    goal: "500",
    milestones: "",
    opensAt: "",
    closesAt: "",
    petitionEnabled: "on",
    signerRetentionMonths,
  };
  for (const [name, value] of Object.entries({ ...fields, ...more })) form.append(name, value);
  return saveCampaign(organiser, form);
}

const stored = async (id: string) => (await db().select({ months: campaigns.signerRetentionMonths }).from(campaigns).where(eq(campaigns.id, id)))[0]?.months;

describe("a campaign's own signer retention", () => {
  it("is saved as typed, and blank goes back to the installation's default", async () => {
    const campaign = await createCampaign(db(), { status: "live" });
    expect(await post(campaign, " 18 ")).toMatchObject({ ok: true });
    expect(await stored(campaign.id)).toBe(18);
    expect(await post(campaign, "")).toMatchObject({ ok: true });
    expect(await stored(campaign.id)).toBeNull();
  });

  it("refuses anything but a whole number of months from 1 to 120, with a translated message, and keeps what was saved", async () => {
    const campaign = await createCampaign(db(), { status: "live", signerRetentionMonths: 24 });
    for (const typed of ["0", "121", "2.5", "six"]) {
      expect(await post(campaign, typed)).toEqual({ ok: false, error: "invalid", fields: { signerRetentionMonths: "signerRetentionInvalid" } });
    }
    expect(await stored(campaign.id)).toBe(24);
    for (const catalogue of Object.values(catalogues)) expect(catalogue.Admin.Campaigns.errors.signerRetentionInvalid).toMatch(/\b1\b.*\b120\b/);
  });
});
