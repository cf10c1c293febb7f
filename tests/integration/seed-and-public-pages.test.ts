import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { campaigns, consentTexts, organisationSettings, users } from "@/db/schema";
import { demoAdminEmail, demoCampaign } from "@/db/seed/content";
import { isSeeded, seedDemo } from "@/db/seed/seed-demo";
import { getPublicCampaign } from "@/server/campaigns/get-public-campaign";
import { listLiveCampaigns } from "@/server/campaigns/list-live-campaigns";
import { publicContext } from "@/server/context";
import { createCampaign } from "../support/factories";

async function tableCounts() {
  const [o] = await db().select({ n: count() }).from(organisationSettings);
  const [c] = await db().select({ n: count() }).from(campaigns).where(eq(campaigns.slug, demoCampaign.slug));
  const [t] = await db().select({ n: count() }).from(consentTexts);
  const [u] = await db().select({ n: count() }).from(users).where(eq(users.email, demoAdminEmail));
  return { organisations: o?.n, demoCampaigns: c?.n, consentTexts: t?.n, admins: u?.n };
}

describe("the demo seed", () => {
  it("is idempotent and never overwrites what an organiser changed", async () => {
    await seedDemo(db());
    expect(await isSeeded(db())).toBe(true);
    const first = await tableCounts();
    expect(first).toMatchObject({ organisations: 1, demoCampaigns: 1, admins: 1 });

    await db().update(campaigns).set({ goal: 25_000 }).where(eq(campaigns.slug, demoCampaign.slug));
    const again = await seedDemo(db());
    expect(again).toEqual({ organisation: false, campaign: false, admin: false });
    expect(await tableCounts()).toEqual(first);
    const [row] = await db().select().from(campaigns).where(eq(campaigns.slug, demoCampaign.slug));
    expect(row?.goal).toBe(25_000);
    await db().update(campaigns).set({ goal: demoCampaign.goal }).where(eq(campaigns.slug, demoCampaign.slug));
  });

  it("makes the demo admin an admin", async () => {
    await seedDemo(db());
    const [admin] = await db().select().from(users).where(eq(users.email, demoAdminEmail));
    expect(admin?.role).toBe("admin");
  });
});

describe("public campaign reads", () => {
  it("list live campaigns in the reader's language, without drafts, archived or past campaigns", async () => {
    const live = await createCampaign(db());
    const draft = await createCampaign(db(), { status: "draft" });
    const archived = await createCampaign(db(), { status: "archived" });
    const ended = await createCampaign(db(), { opensAt: new Date("2020-01-01"), closesAt: new Date("2021-01-01") });
    const french = await listLiveCampaigns(publicContext, "fr");
    const slugs = french.map((card) => card.slug);
    expect(slugs).toContain(live.slug);
    expect(slugs).not.toContain(draft.slug);
    expect(slugs).not.toContain(archived.slug);
    expect(slugs).not.toContain(ended.slug);
    expect(french.find((card) => card.slug === live.slug)?.title).toBe(live.titleFr);
  });

  it("show a live or closed campaign and hide drafts", async () => {
    const closed = await createCampaign(db(), { status: "closed" });
    const draft = await createCampaign(db(), { status: "draft" });
    expect(await getPublicCampaign(publicContext, draft.slug, "en")).toBeNull();
    const shown = await getPublicCampaign(publicContext, closed.slug, "en");
    expect(shown).toMatchObject({ title: closed.titleEn, open: false });
  });

  it("say whether a live campaign accepts signatures now", async () => {
    const upcoming = await createCampaign(db(), { opensAt: new Date(Date.now() + 86_400_000) });
    const open = await createCampaign(db(), { closesAt: new Date(Date.now() + 86_400_000) });
    expect((await getPublicCampaign(publicContext, upcoming.slug, "fr"))?.open).toBe(false);
    expect((await getPublicCampaign(publicContext, open.slug, "fr"))?.open).toBe(true);
  });
});
