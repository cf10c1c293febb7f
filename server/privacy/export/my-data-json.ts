import { apiTranslator } from "@/lib/i18n/api-translator";
import type { OrganisationIdentity } from "@/server/organisation/get-organisation";
import type { MyData } from "../my-data";

export const MY_DATA_FORMAT = "chorus-my-data";
export const MY_DATA_FORMAT_VERSION = 1;

/**
 * The machine-readable export, as documented in docs/privacy.md ("My data export format"): the
 * data as stored, with codes rather than words (states, purposes, statuses) and dates in ISO 8601
 * (UTC), so a program can read it without knowing the page's language. Only "notKept" carries
 * sentences, in both languages, since it is a promise and not data. A change that would break a
 * reader of version 1 raises the version.
 */
export function myDataJson(data: MyData, organisation: OrganisationIdentity | null, exportedAt: Date) {
  const en = apiTranslator("en");
  const fr = apiTranslator("fr");
  return {
    format: MY_DATA_FORMAT,
    version: MY_DATA_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    organisation: organisation && { name: organisation.name, nameFr: organisation.nameFr, contactEmail: organisation.contactEmail, mailingAddress: organisation.mailingAddress },
    supporter: data.supporter,
    signatures: data.signatures,
    consents: data.consents,
    letters: data.letters,
    mutes: data.mutes,
    emails: data.emails,
    notKept: data.notKept.map((key) => ({ key, en: en(`myData.notKept.${key}`), fr: fr(`myData.notKept.${key}`) })),
  };
}

/** The file's text: the object above, indented so that a person opening it can read it too. */
export function myDataJsonText(data: MyData, organisation: OrganisationIdentity | null, exportedAt: Date): string {
  return `${JSON.stringify(myDataJson(data, organisation, exportedAt), null, 2)}\n`;
}
