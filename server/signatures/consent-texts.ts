import "server-only";
import { and, desc, eq, isNull, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { consentTexts } from "@/db/schema";

export type ConsentText = typeof consentTexts.$inferSelect;

/**
 * The version a form showed when it is one of this wording's (`versions` newest first), else the
 * current (newest) one: a version id of some other wording, or none, is ignored. The one choice
 * behind signing (sign-petition.ts) and confirming (record-confirmation-consent.ts).
 */
export function pickVersion<Version extends { id: string }>(versions: readonly Version[], shownId?: string | null): Version | undefined {
  return versions.find((version) => version.id === shownId) ?? versions[0];
}

/**
 * The consent wording for signing this campaign, and the organisation's wording for updates: the
 * versions the form shows, or, when the form names the versions it showed, those (if they are
 * versions of the right wording; see pickVersion). Throws when a campaign has no petition wording at all.
 */
export async function consentTextsFor(db: Database, campaignId: string, shown: { petitionConsentId?: string | null; updatesConsentId?: string | null } = {}): Promise<{ petition: ConsentText; updates: ConsentText | null }> {
  const versions = await db
    .select()
    .from(consentTexts)
    .where(or(and(eq(consentTexts.campaignId, campaignId), eq(consentTexts.purpose, "petition")), and(isNull(consentTexts.campaignId), eq(consentTexts.purpose, "updates"))))
    .orderBy(desc(consentTexts.version));
  const petition = pickVersion(
    versions.filter((version) => version.purpose === "petition"),
    shown.petitionConsentId,
  );
  const updates =
    pickVersion(
      versions.filter((version) => version.purpose === "updates"),
      shown.updatesConsentId,
    ) ?? null;
  if (!petition) throw new Error(`campaign ${campaignId} has no petition consent wording`);
  return { petition, updates };
}
