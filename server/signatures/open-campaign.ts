import "server-only";
import { and, desc, eq, isNull, or } from "drizzle-orm";
import { db } from "@/db/client";
import { campaigns, consentTexts } from "@/db/schema";
import { isSlug } from "@/lib/text/slug";
import { ttlMemo } from "@/lib/ttl-memo";
import { acceptsSignatures } from "./accepts-signatures";

export type ConsentVersion = { id: string; purpose: "petition" | "updates"; textHash: string };

export type SigningTarget = { state: "open"; id: string; slug: string; title: { en: string; fr: string }; lettersEnabled: boolean; petitionConsents: ConsentVersion[]; updatesConsents: ConsentVersion[] } | { state: "closed" | "not-found" };

// Read from the pool, not a caller's transaction: what it loads is kept for every request of the
// process (below), so no one caller's context may shape it.
async function load(slug: string): Promise<SigningTarget> {
  if (!isSlug(slug)) return { state: "not-found" };
  const [campaign] = await db().select().from(campaigns).where(eq(campaigns.slug, slug));
  if (!campaign || campaign.status === "draft" || campaign.status === "archived" || !campaign.petitionEnabled) return { state: "not-found" };
  if (!acceptsSignatures(campaign)) return { state: "closed" };
  const versions = await db()
    .select({ id: consentTexts.id, purpose: consentTexts.purpose, textHash: consentTexts.textHash, campaignId: consentTexts.campaignId })
    .from(consentTexts)
    .where(or(and(eq(consentTexts.campaignId, campaign.id), eq(consentTexts.purpose, "petition")), and(isNull(consentTexts.campaignId), eq(consentTexts.purpose, "updates"))))
    .orderBy(desc(consentTexts.version));
  const petitionConsents = versions.filter((v) => v.purpose === "petition") as ConsentVersion[];
  if (petitionConsents.length === 0) throw new Error(`campaign ${slug} has no petition consent wording`);
  return {
    state: "open",
    id: campaign.id,
    slug: campaign.slug,
    title: { en: campaign.titleEn, fr: campaign.titleFr },
    lettersEnabled: campaign.lettersEnabled,
    petitionConsents,
    updatesConsents: versions.filter((v) => v.purpose === "updates") as ConsentVersion[],
  };
}

/**
 * Whether a campaign takes signatures, with the consent versions a signature may refer to. Read on
 * every signature and rarely changed: each process keeps it two seconds, so closing a campaign
 * takes effect everywhere within two seconds. A slug that names no campaign is not kept: posting
 * to invented slugs costs no memory.
 */
export const signingTarget = ttlMemo(2_000, load, { keep: (target) => target.state !== "not-found" });
