import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { campaignMilestones, campaignUpdates, emailMessages, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { checkMilestonesJob } from "@/jobs/check-milestones";
import { runJob } from "@/jobs/define-job";
import { checkMilestones as check } from "@/server/campaigns/check-milestones";
import { systemContext } from "@/server/context";
import { createCampaign, uniqueSuffix } from "../support/factories";

// As the worker's job calls it.
const checkMilestones = () => check(systemContext("campaigns.milestones"));

const organiser = `milestones-${uniqueSuffix()}@privatefaces.example`;

beforeAll(async () => {
  await seedDemo(db());
  await db().insert(users).values({ email: organiser, role: "organiser" });
});

/** Sets a campaign's confirmed total as the tallies hold it (one shard is enough). */
async function setTotal(campaignId: string, total: number) {
  await db().execute(sql`
    insert into signature_tallies (campaign_id, scope, key, shard, count) values (${campaignId}, 'total', '', 0, ${total})
    on conflict (campaign_id, scope, key, shard) do update set count = excluded.count`);
}

const newsFor = async (campaignId: string) => (await db().select().from(emailMessages).where(eq(emailMessages.kind, "milestone-reached"))).filter((m) => m.toAddress === organiser && m.idempotencyKey.includes(campaignId));

describe("milestones", () => {
  it("are recorded once each, and organisers hear once per check, of the highest share passed", async () => {
    const campaign = await createCampaign(db(), { goal: 200 });
    await setTotal(campaign.id, 49);
    expect((await checkMilestones()).filter((m) => m.campaignId === campaign.id)).toEqual([]);

    // From under a quarter to past half between two checks: both recorded, one message about 50 %.
    await setTotal(campaign.id, 101);
    const reached = (await checkMilestones()).filter((m) => m.campaignId === campaign.id);
    expect(reached).toEqual([{ campaignId: campaign.id, slug: campaign.slug, percent: 50, signatures: 101, goal: 200 }]);
    const recorded = await db().select().from(campaignMilestones).where(eq(campaignMilestones.campaignId, campaign.id));
    expect(recorded.map((m) => m.percent).sort()).toEqual([25, 50]);
    const news = await newsFor(campaign.id);
    expect(news).toHaveLength(1);
    expect(news[0]!.props).toMatchObject({ percent: 50, signatures: 101, goal: 200 });
    // A draft announcing it waits for the organisers, and the email leads to it.
    const drafts = await db().select().from(campaignUpdates).where(eq(campaignUpdates.campaignId, campaign.id));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ status: "draft", titleEn: "50% of the way: 101 people have signed", titleFr: "50\u00a0% du chemin\u00a0: 101 personnes ont signé" });
    expect((news[0]!.props as { panelUrl: string }).panelUrl).toContain(`/updates/${drafts[0]!.id}`);

    // Nothing new: nothing said again.
    expect((await checkMilestones()).filter((m) => m.campaignId === campaign.id)).toEqual([]);
    expect(await newsFor(campaign.id)).toHaveLength(1);

    await setTotal(campaign.id, 200);
    expect((await checkMilestones()).filter((m) => m.campaignId === campaign.id).map((m) => m.percent)).toEqual([100]);
    expect(await newsFor(campaign.id)).toHaveLength(2);
  });

  it("follow each campaign's own shares, and only for live campaigns", async () => {
    const custom = await createCampaign(db(), { goal: 1000, milestones: [10, 90] });
    const closed = await createCampaign(db(), { goal: 10, status: "closed" });
    await setTotal(custom.id, 150);
    await setTotal(closed.id, 10);
    const reached = await checkMilestones();
    expect(reached.filter((m) => m.campaignId === custom.id).map((m) => m.percent)).toEqual([10]);
    expect(reached.filter((m) => m.campaignId === closed.id)).toEqual([]);
  });

  it("are checked by the worker's job, as the system", async () => {
    const campaign = await createCampaign(db(), { goal: 4 });
    await setTotal(campaign.id, 4);
    await runJob(checkMilestonesJob, {}, { retryCount: 0, retryLimit: 2 });
    const recorded = await db().select().from(campaignMilestones).where(eq(campaignMilestones.campaignId, campaign.id));
    expect(recorded.map((m) => m.percent).sort((a, b) => a - b)).toEqual([25, 50, 75, 100]);
    expect(await newsFor(campaign.id)).toHaveLength(1);
  });
});
