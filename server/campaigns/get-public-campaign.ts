import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { campaigns } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { isSlug } from "@/lib/text/slug";
import { database, type Context } from "@/server/context";
import { toPublicCampaign, type PublicCampaign } from "./to-public-campaign";

/**
 * A campaign as the public sees it, or null when it does not exist or is not public (drafts and
 * archived campaigns are never shown). Public: no actor check.
 */
export async function getPublicCampaign(ctx: Context, slug: string, locale: Locale): Promise<PublicCampaign | null> {
  if (!isSlug(slug)) return null;
  const [row] = await database(ctx)
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.slug, slug), inArray(campaigns.status, ["live", "closed"])))
    .limit(1);
  if (!row) return null;
  return toPublicCampaign(row, locale);
}
