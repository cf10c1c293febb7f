import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { campaignFindings, campaigns } from "@/db/schema";
import { database, type Context } from "@/server/context";

export type CitingCampaign = { slug: string; title: { en: string; fr: string }; status: "live" | "closed" };

/**
 * The public campaigns (live or closed) that stand on a finding, oldest first. Drafts and
 * archived campaigns are never named, as on every public page. Public: no actor check.
 */
export async function listCitingCampaigns(ctx: Context, findingId: string): Promise<CitingCampaign[]> {
  const rows = await database(ctx)
    .select({ slug: campaigns.slug, titleEn: campaigns.titleEn, titleFr: campaigns.titleFr, status: campaigns.status })
    .from(campaignFindings)
    .innerJoin(campaigns, eq(campaigns.id, campaignFindings.campaignId))
    .where(and(eq(campaignFindings.findingId, findingId), inArray(campaigns.status, ["live", "closed"])))
    .orderBy(asc(campaigns.createdAt));
  return rows.map(({ titleEn, titleFr, status, slug }) => ({ slug, title: { en: titleEn, fr: titleFr }, status: status as CitingCampaign["status"] }));
}
