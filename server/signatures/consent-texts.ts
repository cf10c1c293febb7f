import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Transaction, Database } from "@/db/client";
import { consentTexts } from "@/db/schema";

export type ConsentText = typeof consentTexts.$inferSelect;

/**
 * The consent wording for signing this campaign, and the organisation's wording for updates: the
 * versions the form shows, or, when the form names the versions it showed, those (if they are
 * versions of the right wording). Throws when a campaign has no petition wording at all.
 */
export async function consentTextsFor(
  db: Database | Transaction,
  campaignId: string,
  shown: { petitionConsentId?: string; updatesConsentId?: string } = {},
): Promise<{ petition: ConsentText; updates: ConsentText | null }> {
  const petitionScope = and(eq(consentTexts.campaignId, campaignId), eq(consentTexts.purpose, "petition"));
  const updatesScope = and(isNull(consentTexts.campaignId), eq(consentTexts.purpose, "updates"));
  const pick = async (scope: ReturnType<typeof and>, id?: string): Promise<ConsentText | null> => {
    const [row] = await db
      .select()
      .from(consentTexts)
      .where(id ? and(scope, eq(consentTexts.id, id)) : scope)
      .orderBy(desc(consentTexts.version))
      .limit(1);
    // A version id that is not of this wording is ignored in favour of the current one.
    return row ?? (id ? pick(scope) : null);
  };
  const [petition, updates] = await Promise.all([pick(petitionScope, shown.petitionConsentId), pick(updatesScope, shown.updatesConsentId)]);
  if (!petition) throw new Error(`campaign ${campaignId} has no petition consent wording`);
  return { petition, updates };
}
