import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { campaigns, consentTexts, organisationSettings } from "@/db/schema";
import { env } from "@/lib/env";
import { pagePolicy } from "@/lib/security/content-security-policy";
import { database, type Context } from "@/server/context";
import { LETTER_WRITER_SECONDS } from "@/server/letters/letter-writer";
import { retentionPolicy, type RetentionPolicy } from "@/server/retention/policy";
import { MY_DATA_SESSION_SECONDS } from "./my-data-session";
import { thirdPartySources } from "@/lib/security/third-party-sources";

/** PIPEDA gives an organisation 30 days to answer a request for access (s. 8(3)). */
export const ACCESS_ANSWER_DAYS = 30;

export type PrivacyFacts = {
  organisation: { name: string; nameFr: string | null; contactEmail: string; mailingAddress: string } | null;
  /** Which of the optional forms some public campaign offers now. */
  offers: { letters: boolean; accessRequests: boolean; updates: boolean };
  retention: RetentionPolicy;
  /** Public campaigns that keep their signers for a period of their own, instead of the installation's. */
  campaignPeriods: { slug: string; titleEn: string; titleFr: string; months: number }[];
  /** Who carries the mail: Resend (a processor) or nobody (the local outbox). */
  mail: "resend" | "outbox";
  /** The host of Open North's Represent service when postal codes may be sent to it, else null. */
  represent: string | null;
  /** Origins other than this site's that pages may load anything from (read from the content security policy): none, as shipped. */
  thirdParties: string[];
  cookies: { letterWriterMinutes: number; myDataMinutes: number };
  accessAnswerDays: number;
};

/**
 * What this installation actually does with personal data, for the privacy page: read from the
 * same settings the code obeys (the retention policy, the mail transport, the Represent switch,
 * the content security policy, the cookies' lifetimes) and from the database (campaigns' own
 * periods, which forms are offered), so the page cannot promise what the code does not do.
 * Public: nothing in it is personal.
 */
export async function describePrivacy(ctx: Context): Promise<PrivacyFacts> {
  const db = database(ctx);
  const { RESEND_API_KEY, REPRESENT_URL } = env();
  const [organisation, published, updatesWording] = await Promise.all([
    db.select({ name: organisationSettings.name, nameFr: organisationSettings.nameFr, contactEmail: organisationSettings.contactEmail, mailingAddress: organisationSettings.mailingAddress }).from(organisationSettings).limit(1),
    db
      .select({ slug: campaigns.slug, titleEn: campaigns.titleEn, titleFr: campaigns.titleFr, months: campaigns.signerRetentionMonths, letters: campaigns.lettersEnabled, accessRequests: campaigns.accessRequestsEnabled })
      .from(campaigns)
      .where(inArray(campaigns.status, ["live", "closed"]))
      .orderBy(asc(campaigns.slug)),
    db
      .select({ id: consentTexts.id })
      .from(consentTexts)
      .where(and(isNull(consentTexts.campaignId), eq(consentTexts.purpose, "updates")))
      .limit(1),
  ]);
  return {
    organisation: organisation[0] ?? null,
    offers: { letters: published.some((row) => row.letters), accessRequests: published.some((row) => row.letters && row.accessRequests), updates: updatesWording.length > 0 },
    retention: retentionPolicy(),
    campaignPeriods: published.flatMap((row) => (row.months === null ? [] : [{ slug: row.slug, titleEn: row.titleEn, titleFr: row.titleFr, months: row.months }])),
    mail: RESEND_API_KEY ? "resend" : "outbox",
    represent: REPRESENT_URL === "off" ? null : new URL(REPRESENT_URL).host,
    thirdParties: thirdPartySources(pagePolicy("nonce")),
    cookies: { letterWriterMinutes: LETTER_WRITER_SECONDS / 60, myDataMinutes: MY_DATA_SESSION_SECONDS / 60 },
    accessAnswerDays: ACCESS_ANSWER_DAYS,
  };
}
