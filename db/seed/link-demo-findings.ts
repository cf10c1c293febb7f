import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { campaignFindings, campaigns, findings } from "@/db/schema";
import { demoCampaign } from "./content";

// The shipped library's records on Clearview AI (db/seed/data/findings), the story the demo campaign tells.
const DEMO_FINDING_IDS = [
  "2020-07-06--clearview-withdraws-from-canada",
  "2021-02-03--joint-investigation-clearview-mass-surveillance",
  "2021-06-10--rcmp-use-of-clearview-violated-privacy-act",
  "2021-12-14--provincial-orders-against-clearview",
  "2024-12--bc-court-reviews-clearview-order",
  "2025-05--alberta-court-reviews-clearview-order",
];

/**
 * Links the demo campaign to those of its findings the import brought in (none when the library
 * was not found or a file did not pass), oldest first, as the campaign editor would. Leaves a
 * campaign that already has findings as it is, so an organiser's choice is never overwritten.
 */
export async function linkDemoFindings(database: Database): Promise<number> {
  return database.transaction(async (tx) => {
    const [campaign] = await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, demoCampaign.slug));
    if (!campaign) return 0;
    const [linked] = await tx.select({ id: campaignFindings.findingId }).from(campaignFindings).where(eq(campaignFindings.campaignId, campaign.id)).limit(1);
    if (linked) return 0;
    const present = await tx.select({ id: findings.id }).from(findings).where(inArray(findings.id, DEMO_FINDING_IDS)).orderBy(asc(findings.sortDate), asc(findings.id));
    if (present.length === 0) return 0;
    await tx.insert(campaignFindings).values(present.map((row, position) => ({ campaignId: campaign.id, findingId: row.id, position })));
    return present.length;
  });
}
