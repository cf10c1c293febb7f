import { randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import { campaigns, consentTexts, signatures, supporters } from "@/db/schema";
import { consentTextHash } from "@/lib/consent-hash";

/*
 * Test data with unique keys, so that tests sharing one database never collide. Each factory
 * takes overrides for just what a test cares about.
 */

export const uniqueSuffix = () => randomBytes(4).toString("hex");

type NewCampaign = typeof campaigns.$inferInsert;
type NewSupporter = typeof supporters.$inferInsert;
type NewSignature = typeof signatures.$inferInsert;

export async function createCampaign(db: Database, overrides: Partial<NewCampaign> = {}) {
  const suffix = uniqueSuffix();
  const [row] = await db
    .insert(campaigns)
    .values({
      slug: `test-campaign-${suffix}`,
      status: "live",
      titleEn: `Ban real-time face scanning in transit stations ${suffix}`,
      titleFr: `Interdire la lecture faciale en temps réel dans les gares ${suffix}`,
      summaryEn: "Transit riders should not be identified by cameras on their way to work.",
      summaryFr: "Les usagers du transport collectif ne devraient pas être identifiés par des caméras en se rendant au travail.",
      bodyEn: "Cameras in stations are being upgraded. **Ask your transit agency** to rule out face matching.",
      bodyFr: "Les caméras des gares sont modernisées. **Demandez à votre société de transport** d'exclure l'appariement facial.",
      demandEn: "Rule out facial recognition in stations.",
      demandFr: "Exclure la reconnaissance faciale dans les gares.",
      targetEn: "The transit agency's board",
      targetFr: "Le conseil d'administration de la société de transport",
      goal: 500,
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("campaign not created");
  const wording = {
    en: "I support this petition; count my signature and show my province with the others.",
    fr: "J'appuie cette pétition; comptez ma signature et indiquez ma province avec les autres.",
  };
  await db.insert(consentTexts).values({ campaignId: row.id, purpose: "petition", version: 1, textEn: wording.en, textFr: wording.fr, textHash: consentTextHash(wording) });
  return row;
}

export async function createSupporter(db: Database, overrides: Partial<NewSupporter> = {}) {
  const email = overrides.email ?? `supporter-${uniqueSuffix()}@example.org`;
  const [row] = await db
    .insert(supporters)
    .values({ email, canonicalEmail: email.toLowerCase(), name: "Camille Tremblay", locale: "fr", ...overrides })
    .returning();
  if (!row) throw new Error("supporter not created");
  return row;
}

export async function createSignature(db: Database, overrides: Partial<NewSignature> & Pick<NewSignature, "campaignId" | "supporterId">) {
  const email = overrides.email ?? `signer-${uniqueSuffix()}@example.org`;
  const [row] = await db
    .insert(signatures)
    .values({ name: "Jordan Singh", email, canonicalEmail: email.toLowerCase(), postalCode: "K1A 0A6", province: "ON", ...overrides })
    .returning();
  if (!row) throw new Error("signature not created");
  return row;
}
