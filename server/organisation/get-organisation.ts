import "server-only";
import { db } from "@/db/client";
import { organisationSettings } from "@/db/schema";

export type OrganisationIdentity = { name: string; nameFr: string | null; mailingAddress: string; contactEmail: string };

/** Who runs this Chorus, as shown in the footer and in every email (its name in each language: organisationName); null before the first seed. */
export async function getOrganisation(): Promise<OrganisationIdentity | null> {
  const [row] = await db()
    .select({
      name: organisationSettings.name,
      nameFr: organisationSettings.nameFr,
      mailingAddress: organisationSettings.mailingAddress,
      contactEmail: organisationSettings.contactEmail,
    })
    .from(organisationSettings)
    .limit(1);
  return row ?? null;
}
