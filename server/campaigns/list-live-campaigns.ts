import "server-only";
import { and, desc, eq, gt, isNull, or } from "drizzle-orm";
import { campaigns } from "@/db/schema";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { database, type Context } from "@/server/context";

export type CampaignCard = { slug: string; title: string; summary: string; goal: number; closesAt: Date | null };

/**
 * Live campaigns that have not passed their closing date, newest first, in the reader's language.
 * Public: no actor check.
 */
export async function listLiveCampaigns(ctx: Context, locale: Locale): Promise<CampaignCard[]> {
  const rows = await database(ctx)
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.status, "live"), or(isNull(campaigns.closesAt), gt(campaigns.closesAt, new Date()))))
    .orderBy(desc(campaigns.createdAt))
    .limit(50);
  return rows.map((row) => ({
    slug: row.slug,
    title: localized({ en: row.titleEn, fr: row.titleFr }, locale),
    summary: localized({ en: row.summaryEn, fr: row.summaryFr }, locale),
    goal: row.goal,
    closesAt: row.closesAt,
  }));
}
