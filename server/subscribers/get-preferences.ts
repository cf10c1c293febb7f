import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { campaignMutes, campaigns, signatures, supporters } from "@/db/schema";
import { maskAddress } from "@/server/mail/mask-address";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";
import { database, type Context } from "@/server/context";
import { supporterFromToken } from "@/server/mail/links";

export type Preferences = {
  /** Masked: whoever holds the link (a forwarded email) need not be the address's owner. */
  maskedEmail: string;
  locale: Locale;
  subscribed: boolean;
  campaigns: { id: string; title: string; hearing: boolean }[];
};

/**
 * What the supporter named by an email's signed token hears about: their language, whether they
 * are subscribed at all, and each campaign they confirmed a signature on (muted or not). Null for
 * a forged, altered or expired token.
 */
export async function getPreferences(ctx: Context, token: string, locale: Locale): Promise<Preferences | null> {
  const supporterId = supporterFromToken(env().AUTH_SECRET, token);
  if (!supporterId) return null;
  const [supporter] = await database(ctx).select().from(supporters).where(eq(supporters.id, supporterId));
  if (!supporter) return null;
  const rows = await database(ctx)
    .select({ id: campaigns.id, titleEn: campaigns.titleEn, titleFr: campaigns.titleFr, muted: campaignMutes.campaignId })
    .from(signatures)
    .innerJoin(campaigns, eq(campaigns.id, signatures.campaignId))
    .leftJoin(campaignMutes, and(eq(campaignMutes.supporterId, supporterId), eq(campaignMutes.campaignId, campaigns.id)))
    .where(and(eq(signatures.supporterId, supporterId), eq(signatures.state, "confirmed")))
    .orderBy(asc(signatures.confirmedAt));
  return {
    maskedEmail: maskAddress(supporter.email),
    locale: supporter.locale,
    subscribed: supporter.subscriptionStatus === "subscribed",
    campaigns: rows.map((row) => ({ id: row.id, title: (locale === "fr" ? row.titleFr : row.titleEn) || row.titleEn, hearing: row.muted === null })),
  };
}
