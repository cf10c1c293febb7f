import { eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { campaigns, campaignUpdates, findings, updateCitations } from "@/db/schema";
import { citedIdsOf } from "@/lib/updates/citations";
import { demoCampaign } from "./content";
import { demoUpdate } from "./demo-update-content";

/**
 * Publishes the demo campaign's first update, citing the demo findings, as an organiser would
 * have (the citations in order of first appearance). Only on a campaign with no update yet, so it
 * never adds a second one or touches an organiser's; and only when every finding it cites is in
 * the library (another FINDINGS_DATA_DIR may lack them): an update citing nothing it can show
 * would mislead. Returns whether it published.
 */
export async function publishDemoUpdate(database: Database): Promise<boolean> {
  const cited = citedIdsOf({ en: demoUpdate.bodyEn, fr: demoUpdate.bodyFr });
  return database.transaction(async (tx) => {
    const [campaign] = await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, demoCampaign.slug)).for("update");
    if (!campaign) return false;
    const [existing] = await tx.select({ id: campaignUpdates.id }).from(campaignUpdates).where(eq(campaignUpdates.campaignId, campaign.id)).limit(1);
    if (existing) return false;
    const present = await tx.select({ id: findings.id }).from(findings).where(inArray(findings.id, cited));
    if (present.length < cited.length) return false;
    const [update] = await tx
      .insert(campaignUpdates)
      .values({ ...demoUpdate, campaignId: campaign.id, status: "published", publishedAt: new Date() })
      .returning({ id: campaignUpdates.id });
    await tx.insert(updateCitations).values(cited.map((findingId, position) => ({ updateId: update!.id, findingId, position })));
    return true;
  });
}
