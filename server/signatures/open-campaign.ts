import "server-only";
import { and, desc, eq, isNull, or } from "drizzle-orm";
import { db } from "@/db/client";
import { campaigns, consentTexts } from "@/db/schema";
import { isSlug } from "@/lib/text/slug";
import { ttlMemo } from "@/lib/ttl-memo";

type ConsentVersion = { id: string; purpose: "petition" | "updates"; textHash: string };

export type SigningTarget =
  | { state: "open"; id: string; slug: string; title: { en: string; fr: string }; lettersEnabled: boolean; petitionConsents: ConsentVersion[]; updatesConsents: ConsentVersion[] }
  | { state: "closed" | "not-found" };


async function load(slug: string): Promise<SigningTarget> {
  if (!isSlug(slug)) return { state: "not-found" };
  const [campaign] = await db().select().from(campaigns).where(eq(campaigns.slug, slug));
  if (!campaign || campaign.status === "draft" || campaign.status === "archived" || !campaign.petitionEnabled) return { state: "not-found" };
  const now = new Date();
  const open = campaign.status === "live" && (!campaign.opensAt || campaign.opensAt <= now) && (!campaign.closesAt || campaign.closesAt > now);
  if (!open) return { state: "closed" };
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

/** The version the form showed if it is one of this wording's, else the current (newest) one. */
export function pickVersion(versions: ConsentVersion[], shownId?: string): ConsentVersion | undefined {
  return versions.find((version) => version.id === shownId) ?? versions[0];
}
