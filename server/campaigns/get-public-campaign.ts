import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { campaigns } from "@/db/schema";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

export type PublicCampaign = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  demand: string;
  target: string;
  goal: number;
  opensAt: Date | null;
  closesAt: Date | null;
  /** Whether it accepts signatures now (live, opened, not yet closed, petition on). */
  open: boolean;
  lettersEnabled: boolean;
  updatedAt: Date;
};

/**
 * A campaign as the public sees it, or null when it does not exist or is not public (drafts and
 * archived campaigns are never shown). Public: no actor check.
 */
export async function getPublicCampaign(slug: string, locale: Locale): Promise<PublicCampaign | null> {
  const [row] = await db()
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.slug, slug), inArray(campaigns.status, ["live", "closed"])))
    .limit(1);
  if (!row) return null;
  const now = new Date();
  const started = !row.opensAt || row.opensAt <= now;
  const ended = row.closesAt !== null && row.closesAt <= now;
  return {
    id: row.id,
    slug: row.slug,
    title: localized({ en: row.titleEn, fr: row.titleFr }, locale),
    summary: localized({ en: row.summaryEn, fr: row.summaryFr }, locale),
    body: localized({ en: row.bodyEn, fr: row.bodyFr }, locale),
    demand: localized({ en: row.demandEn, fr: row.demandFr }, locale),
    target: localized({ en: row.targetEn, fr: row.targetFr }, locale),
    goal: row.goal,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    open: row.status === "live" && row.petitionEnabled && started && !ended,
    lettersEnabled: row.lettersEnabled,
    updatedAt: row.updatedAt,
  };
}
