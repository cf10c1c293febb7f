/*
 * An organisation may be known by another name in French ("Private Faces Coalition" /
 * "Coalition Visages privés"). The settings hold the name and, optionally, the French one; every
 * page, email and feed asks for the name in its own language here, so no English name is glued
 * into French text when a French one exists.
 */

export type OrganisationNames = { name: string; nameFr?: string | null };

/** The organisation's name in a language: the French name on French pages and emails when it is set. */
export function organisationName(organisation: OrganisationNames, locale: string): string {
  const french = organisation.nameFr?.trim();
  return locale === "fr" && french ? french : organisation.name;
}
