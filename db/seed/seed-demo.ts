import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { campaigns, consentTexts, organisationSettings, users } from "../schema";
import { consentTextHash } from "@/lib/consent-hash";
import { demoAdminEmail, demoCampaign, demoOrganisation, petitionConsent, updatesConsent } from "./content";

export type SeedResult = { organisation: boolean; campaign: boolean; admin: boolean };

/**
 * Creates the demo organisation, its live campaign (with consent wording v1) and a demo admin.
 * Idempotent: what already exists is left as it is, including an organiser's edits.
 */
export async function seedDemo(database: Database): Promise<SeedResult> {
  return database.transaction(async (tx) => {
    const organisation = await tx.insert(organisationSettings).values(demoOrganisation).onConflictDoNothing().returning();
    const campaign = await tx.insert(campaigns).values(demoCampaign).onConflictDoNothing().returning();
    const [existing] = await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, demoCampaign.slug));
    if (existing) {
      await tx
        .insert(consentTexts)
        .values([
          { campaignId: existing.id, purpose: "petition", version: 1, textEn: petitionConsent.en, textFr: petitionConsent.fr, textHash: consentTextHash(petitionConsent) },
          { campaignId: null, purpose: "updates", version: 1, textEn: updatesConsent.en, textFr: updatesConsent.fr, textHash: consentTextHash(updatesConsent) },
        ])
        .onConflictDoNothing();
    }
    const admin = await tx.insert(users).values({ email: demoAdminEmail, name: "Demo organiser", role: "admin", emailVerified: new Date() }).onConflictDoNothing().returning();
    return { organisation: organisation.length > 0, campaign: campaign.length > 0, admin: admin.length > 0 };
  });
}

/** Whether this database has ever been seeded: the start command seeds only the first time. */
export async function isSeeded(database: Database): Promise<boolean> {
  const [row] = await database.select({ id: organisationSettings.id }).from(organisationSettings).limit(1);
  return Boolean(row);
}
