import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { campaigns } from "@/db/schema";
import { isSlug } from "@/lib/text/slug";
import { database, type Context } from "@/server/context";
import { getSignatureCounts } from "@/server/signatures/get-signature-counts";
import { listPublishedUpdates } from "@/server/updates/list-published-updates";
import { updateOpenData, type UpdateOpenData } from "@/server/updates/updates-open-data";

export type CampaignOpenData = {
  slug: string;
  title: { en: string; fr: string };
  status: "live" | "closed";
  goal: number;
  signatureCount: number;
  byProvince: { id: string; name: string; count: number }[];
  byRiding: { id: string; name: string; count: number }[];
  opensAt: string | null;
  closesAt: string | null;
  updatedAt: string;
  /** One campaign only: its newest public updates (all of them at /api/campaigns/<slug>/updates). */
  updates?: UpdateOpenData[];
};

const PROVINCE_NAMES: Record<string, string> = {
  AB: "Alberta",
  BC: "British Columbia",
  MB: "Manitoba",
  NB: "New Brunswick",
  NL: "Newfoundland and Labrador",
  NS: "Nova Scotia",
  NT: "Northwest Territories",
  NU: "Nunavut",
  ON: "Ontario",
  PE: "Prince Edward Island",
  QC: "Quebec",
  SK: "Saskatchewan",
  YT: "Yukon",
  "": "Outside Canada",
};

/**
 * Public campaigns (live or closed) as open data, with their confirmed counts; one campaign when a
 * slug is given (null if it is not public). Counts come from the tallies, never from a scan.
 */
export async function campaignOpenData(ctx: Context, slug?: string): Promise<CampaignOpenData[] | CampaignOpenData | null> {
  if (slug !== undefined && !isSlug(slug)) return null;
  const rows = await database(ctx)
    .select()
    .from(campaigns)
    .where(and(inArray(campaigns.status, ["live", "closed"]), slug ? eq(campaigns.slug, slug) : undefined))
    .orderBy(desc(campaigns.createdAt))
    .limit(slug ? 1 : 200);
  const data = await Promise.all(
    rows.map(async (row): Promise<CampaignOpenData> => {
      const counts = await getSignatureCounts(row.id);
      return {
        slug: row.slug,
        title: { en: row.titleEn, fr: row.titleFr },
        status: row.status as "live" | "closed",
        goal: row.goal,
        signatureCount: counts.total,
        byProvince: counts.byProvince.map((entry) => ({ id: entry.code || "abroad", name: PROVINCE_NAMES[entry.code] ?? entry.code, count: entry.count })),
        // Federal ridings by Elections Canada number, known for signers whose postal code the directory places exactly.
        byRiding: counts.byRiding.map((entry) => ({ id: entry.code, name: entry.nameEn, count: entry.count })),
        opensAt: row.opensAt?.toISOString() ?? null,
        closesAt: row.closesAt?.toISOString() ?? null,
        updatedAt: row.updatedAt.toISOString(),
      };
    }),
  );
  if (!slug) return data;
  if (!data[0]) return null;
  const { updates } = await listPublishedUpdates(ctx, { campaignId: rows[0]!.id, limit: 20 });
  return { ...data[0], updates: updates.map(updateOpenData) };
}
