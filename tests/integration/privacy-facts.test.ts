import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { publicContext } from "@/server/context";
import { describePrivacy } from "@/server/privacy/describe-privacy";
import { createCampaign } from "../support/factories";

// This installation, as the privacy page must describe it: two periods changed, mail kept in the
// local outbox, Represent switched on. Set before the environment is first read (lib/env.ts).
process.env.RETENTION_SIGNERS_MONTHS = "7";
process.env.RETENTION_WEBHOOK_DAYS = "45";
delete process.env.RESEND_API_KEY;
process.env.REPRESENT_URL = "https://represent.opennorth.ca";

describe("describePrivacy", () => {
  it("states the periods, services and cookies this installation runs with, not the defaults it ships with", async () => {
    const facts = await describePrivacy(publicContext);
    expect(facts.retention).toEqual({ unconfirmedDays: 30, fraudulentDays: 90, signersMonths: 7, emailBodyDays: 30, deliveryMonths: 12, webhookDays: 45 });
    expect(facts.mail).toBe("outbox");
    expect(facts.represent).toBe("represent.opennorth.ca");
    // Chorus's content security policy lets pages load from no other site.
    expect(facts.thirdParties).toEqual([]);
    expect(facts.cookies).toEqual({ letterWriterMinutes: 120, myDataMinutes: 30 });
    expect(facts.accessAnswerDays).toBe(30);
  });

  it("lists the public campaigns that keep their signers for a period of their own, and only those", async () => {
    const live = await createCampaign(db(), { signerRetentionMonths: 3 });
    const closed = await createCampaign(db(), { status: "closed", closedAt: new Date(), signerRetentionMonths: 9, lettersEnabled: true });
    const draft = await createCampaign(db(), { status: "draft", signerRetentionMonths: 2 });
    const usual = await createCampaign(db());
    const facts = await describePrivacy(publicContext);
    const slugs = facts.campaignPeriods.map((campaign) => campaign.slug);
    expect(facts.campaignPeriods).toEqual(expect.arrayContaining([expect.objectContaining({ slug: live.slug, titleEn: live.titleEn, titleFr: live.titleFr, months: 3 }), expect.objectContaining({ slug: closed.slug, months: 9 })]));
    // A draft is not public yet; a campaign without its own period follows the installation's.
    expect(slugs).not.toContain(draft.slug);
    expect(slugs).not.toContain(usual.slug);
    // A closed campaign that took letters still holds its writers' letters: the page describes the letter writer.
    expect(facts.offers.letters).toBe(true);
  });
});
