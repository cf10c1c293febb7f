import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import type { FindingRecord } from "@/server/findings/import/finding-record";
import { saveFindingRecord } from "@/server/findings/import/save-finding-record";
import { replaceCampaignFindings } from "@/server/campaigns/admin/replace-campaign-findings";
import { saveCampaign } from "@/server/campaigns/admin/save-campaign";
import { listCampaignFindings } from "@/server/findings/list-campaign-findings";
import { listCitingCampaigns } from "@/server/findings/list-citing-campaigns";
import { publicContext, systemContext } from "@/server/context";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { createStaffMember, staffContextOf } from "./support/signed-in";

const suffix = uniqueSuffix();
const idOf = (date: string, name: string) => `${date}--${name}-${suffix}`;

function record(date: string, name: string, overrides: Partial<FindingRecord> = {}): FindingRecord {
  return {
    id: idOf(date, name),
    date,
    kind: "order",
    binding: true,
    incomplete: false,
    jurisdictions: ["BC"],
    issuers: ["Example Commissioner"],
    fileNumbers: [],
    title: { en: `Order ${name}`, fr: `Ordonnance ${name}` },
    summary: { en: `Summary of ${name}.`, fr: null },
    importance: 5,
    tags: [`campaign-findings-${suffix}`],
    actors: [],
    related: [],
    sources: [],
    ...overrides,
  };
}

const older = record("2019-05", "older", { kind: "finding", binding: false });
const newer = record("2022-03-15", "newer");
const newest = record("2024", "newest", { incomplete: true });
const cited = record("2023-01", "cited");

beforeAll(async () => {
  for (const one of [older, newer, newest, cited]) await db().transaction((tx) => saveFindingRecord(tx, one));
});

const replace = (campaignId: string, ids: string[]) => replaceCampaignFindings(systemContext("test"), campaignId, ids);

describe("the findings a campaign stands on", () => {
  it("are numbered by date whatever order they were chosen in, unknown ids dropped", async () => {
    const campaign = await createCampaign(db());
    const change = await replace(campaign.id, [newest.id, "2001--not-in-the-library", older.id, newer.id, older.id]);
    expect(change).toEqual({ before: [], after: [older.id, newer.id, newest.id] });
    expect(await listCampaignFindings(publicContext, campaign.id)).toEqual([
      { id: older.id, date: "2019-05", kind: "finding", binding: false, incomplete: false, title: { en: "Order older", fr: "Ordonnance older" } },
      { id: newer.id, date: "2022-03-15", kind: "order", binding: true, incomplete: false, title: { en: "Order newer", fr: "Ordonnance newer" } },
      { id: newest.id, date: "2024", kind: "order", binding: true, incomplete: true, title: { en: "Order newest", fr: "Ordonnance newest" } },
    ]);
  });

  it("say what changed, and saving the same choice again changes nothing", async () => {
    const campaign = await createCampaign(db());
    await replace(campaign.id, [newer.id, older.id]);
    expect(await replace(campaign.id, [older.id, newer.id])).toEqual({ before: [older.id, newer.id], after: [older.id, newer.id] });
    expect(await replace(campaign.id, [newest.id])).toEqual({ before: [older.id, newer.id], after: [newest.id] });
    expect(await replace(campaign.id, [])).toEqual({ before: [newest.id], after: [] });
    expect(await listCampaignFindings(publicContext, campaign.id)).toEqual([]);
  });

  it("name on a finding's page only the campaigns the public may see", async () => {
    const live = await createCampaign(db(), { status: "live" });
    const closed = await createCampaign(db(), { status: "closed" });
    const draft = await createCampaign(db(), { status: "draft" });
    const archived = await createCampaign(db(), { status: "archived" });
    for (const campaign of [live, closed, draft, archived]) await replace(campaign.id, [cited.id]);
    const citing = await listCitingCampaigns(publicContext, cited.id);
    expect(citing.map((campaign) => campaign.slug).sort()).toEqual([live.slug, closed.slug].sort());
    expect(citing.find((campaign) => campaign.slug === live.slug)).toEqual({ slug: live.slug, status: "live", title: { en: live.titleEn, fr: live.titleFr } });
  });

  it("are every box ticked in the campaign editor, as its form posts them", async () => {
    const campaign = await createCampaign(db(), { status: "draft" });
    const organiser = await createStaffMember(db(), "organiser");
    const form = new FormData();
    const fields = { campaignId: campaign.id, locale: "en", slug: campaign.slug, titleEn: campaign.titleEn, titleFr: campaign.titleFr, summaryEn: campaign.summaryEn, summaryFr: campaign.summaryFr, bodyEn: campaign.bodyEn, bodyFr: campaign.bodyFr };
    const more = { demandEn: campaign.demandEn, demandFr: campaign.demandFr, targetEn: campaign.targetEn, targetFr: campaign.targetFr, consentEn: "I support this petition.", consentFr: "J'appuie cette pétition.", goal: "500", petitionEnabled: "on" };
    for (const [name, value] of Object.entries({ ...fields, ...more })) form.append(name, value);
    for (const id of [newer.id, older.id]) form.append("findings", id);
    expect(await saveCampaign(staffContextOf(organiser), form)).toEqual({ ok: true, id: campaign.id, slug: campaign.slug });
    expect((await listCampaignFindings(publicContext, campaign.id)).map((finding) => finding.id)).toEqual([older.id, newer.id]);
  });
});
