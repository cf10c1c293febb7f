import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { campaigns, consentRecords, signatures, supporters } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import { canonicalEmail } from "@/lib/email/canonical";
import { localized } from "@/lib/i18n/localized";
import { consentTextsFor } from "./consent-texts";
import { hitRateLimits } from "./hit-rate-limits";
import { queueConfirmation } from "./queue-confirmation";
import type { SignatureFields } from "./schemas";

export type SignContext = {
  ipHash: string | null;
  /** The page path, or "api". */
  source: string;
  /** The consent versions the form showed (the API uses the current ones). */
  petitionConsentId?: string;
  updatesConsentId?: string;
};

export type SignResult = { status: "pending" } | { status: "not-found" } | { status: "closed" };

/**
 * Records a signature and queues its confirmation email, in one transaction: the supporter, the
 * pending signature, the consent given (with the exact wording's version) and the email. Signing
 * again with the same address (in any spelling) adds nothing and answers the same, re-sending the
 * confirmation while it is pending (four emails at most). Over a rate limit the signature is kept
 * but marked fraudulent, never counted and never emailed, and the answer is the same again.
 */
export async function signPetition(slug: string, fields: SignatureFields, context: SignContext): Promise<SignResult> {
  const canonical = canonicalEmail(fields.email);
  return transaction(async (tx) => {
    const [campaign] = await tx.db.select().from(campaigns).where(eq(campaigns.slug, slug));
    if (!campaign || campaign.status === "draft" || campaign.status === "archived" || !campaign.petitionEnabled) return { status: "not-found" } as const;
    const now = new Date();
    const open = campaign.status === "live" && (!campaign.opensAt || campaign.opensAt <= now) && (!campaign.closesAt || campaign.closesAt > now);
    if (!open) return { status: "closed" } as const;

    const overLimit = await hitRateLimits(tx.db, { ipHash: context.ipHash, canonicalEmail: canonical });
    const [supporter] = await tx.db
      .insert(supporters)
      .values({ email: fields.email, canonicalEmail: canonical, name: fields.name, locale: fields.locale })
      // A no-op update, so that RETURNING gives the existing supporter too. Their name is not
      // overwritten: anyone can type anyone's address.
      .onConflictDoUpdate({ target: supporters.canonicalEmail, set: { updatedAt: sql`${supporters.updatedAt}` } })
      .returning();
    const [created] = await tx.db
      .insert(signatures)
      .values({
        campaignId: campaign.id,
        supporterId: supporter!.id,
        state: overLimit ? "fraudulent" : "pending",
        name: fields.name,
        email: fields.email,
        canonicalEmail: canonical,
        postalCode: fields.postalCode,
        country: fields.country,
        province: fields.province,
        locale: fields.locale,
        ipHash: context.ipHash,
        source: context.source,
      })
      .onConflictDoNothing({ target: [signatures.campaignId, signatures.canonicalEmail] })
      .returning();
    const title = localized({ en: campaign.titleEn, fr: campaign.titleFr }, fields.locale);

    if (created) {
      const consent = await consentTextsFor(tx.db, campaign.id, context);
      const record = { supporterId: supporter!.id, action: "granted" as const, campaignId: campaign.id, locale: fields.locale, source: context.source, ipHash: context.ipHash };
      await tx.db.insert(consentRecords).values({ ...record, purpose: "petition", consentTextId: consent.petition.id, textHash: consent.petition.textHash });
      if (fields.subscribe && consent.updates && supporter!.subscriptionStatus !== "subscribed") {
        await tx.db.insert(consentRecords).values({ ...record, purpose: "updates", consentTextId: consent.updates.id, textHash: consent.updates.textHash });
        // Express consent, confirmed by the same email click as the signature (double opt-in).
        await tx.db.update(supporters).set({ subscriptionStatus: "pending", updatedAt: sql`now()` }).where(eq(supporters.id, supporter!.id));
      }
      if (!overLimit) await queueConfirmation(tx, created, title);
      return { status: "pending" } as const;
    }
    const [existing] = await tx.db
      .select()
      .from(signatures)
      .where(and(eq(signatures.campaignId, campaign.id), eq(signatures.canonicalEmail, canonical)));
    if (existing?.state === "pending" && !overLimit) await queueConfirmation(tx, existing, title);
    return { status: "pending" } as const;
  });
}
