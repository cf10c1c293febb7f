import { campaigns } from "@/db/schema";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { acceptsSignatures } from "@/server/signatures/accepts-signatures";

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
 * A campaign row as its public page shows it in one language: the public page and the organisers'
 * preview read the same shape. `asIfLive` (the preview of a draft) takes it as published now.
 */
export function toPublicCampaign(row: typeof campaigns.$inferSelect, locale: Locale, options: { asIfLive?: boolean } = {}): PublicCampaign {
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
    open: acceptsSignatures(options.asIfLive ? { ...row, status: "live" } : row),
    lettersEnabled: row.lettersEnabled,
    updatedAt: row.updatedAt,
  };
}
