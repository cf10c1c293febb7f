import "server-only";
import { asc, eq } from "drizzle-orm";
import { campaignFindings, findings } from "@/db/schema";
import { database, type Context } from "@/server/context";
import { findingLinkColumns, toFindingLinkItem, type FindingLinkItem } from "./finding-link-columns";

export type CampaignFinding = FindingLinkItem;

/**
 * The findings a campaign stands on, in the order its organiser's choice gave them (by date).
 * Public: no actor check; the caller has already decided the campaign may be shown.
 */
export async function listCampaignFindings(ctx: Context, campaignId: string): Promise<CampaignFinding[]> {
  const rows = await database(ctx).select(findingLinkColumns).from(campaignFindings).innerJoin(findings, eq(findings.id, campaignFindings.findingId)).where(eq(campaignFindings.campaignId, campaignId)).orderBy(asc(campaignFindings.position));
  return rows.map(toFindingLinkItem);
}
