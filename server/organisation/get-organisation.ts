import "server-only";
import { organisationSettings } from "@/db/schema";
import { database, publicContext, type Context } from "@/server/context";

export type OrganisationIdentity = { name: string; nameFr: string | null; mailingAddress: string; contactEmail: string };

/**
 * Who runs this Chorus, as shown in the footer and in every email (its name in each language:
 * organisationName); null before the first seed. Public: any context reads it (a job passes its
 * own, so that it reads in its transaction); pages that have none use the public one.
 */
export async function getOrganisation(ctx: Context = publicContext): Promise<OrganisationIdentity | null> {
  const [row] = await database(ctx)
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
