import type { consentRecords, signatures, supporters } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import type { ShownStatus } from "@/server/mail/shown-status";

/*
 * Everything Chorus holds on one supporter, in one shape: what the my-data page shows, and what
 * both exports (JSON and the readable web page) are made of, so the three never disagree. Campaign
 * titles and consent wordings come in both languages, as they were published; the page picks its
 * own, the JSON file keeps both.
 */

export type CampaignRef = { slug: string; titleEn: string; titleFr: string };
export type Wording = { version: number; textEn: string; textFr: string; textHash: string };

export type MyDataSignature = {
  campaign: CampaignRef;
  state: (typeof signatures.$inferSelect)["state"];
  signedAt: Date;
  confirmedAt: Date | null;
  postalCode: string | null;
  province: string | null;
  riding: { code: string; nameEn: string; nameFr: string } | null;
  /** The petition wording: the one their confirmation agreed to, else (not confirmed yet) the one the form showed. */
  wording: (Wording & { agreed: boolean }) | null;
};

export type MyDataConsent = {
  purpose: (typeof consentRecords.$inferSelect)["purpose"];
  action: (typeof consentRecords.$inferSelect)["action"];
  /** Null for the organisation-wide updates opt-in. */
  campaign: CampaignRef | null;
  /** Null for a withdrawal, which points at no wording. */
  wording: Wording | null;
  at: Date;
  /** The page or endpoint where they acted, e.g. /fr/confirmer/…, or "one-click" for a mail client's unsubscribe. */
  source: string;
  locale: string;
};

export type MyDataLetter = {
  campaign: CampaignRef;
  to: { name: string; address: string };
  writtenAt: Date;
  handedOverAt: Date | null;
  subject: string;
  body: string;
  state: "queued" | "handed_over";
  ridingName: string | null;
  postalCode: string | null;
};

export type MyDataEmail = { kind: string; at: Date; status: ShownStatus };

/** What Chorus deliberately does not keep, said on the page and in both exports (translated under myData.notKept). */
export const NOT_KEPT = ["ipAddresses", "emailTracking", "thirdPartyAnalytics", "passwords"] as const;
export type NotKept = (typeof NOT_KEPT)[number];

export type MyData = {
  supporter: {
    name: string;
    email: string;
    locale: Locale;
    subscription: (typeof supporters.$inferSelect)["subscriptionStatus"];
    since: Date;
  };
  signatures: MyDataSignature[];
  consents: MyDataConsent[];
  letters: MyDataLetter[];
  /** Campaigns whose updates they turned off while staying subscribed. */
  mutes: { campaign: CampaignRef; since: Date }[];
  emails: MyDataEmail[];
  notKept: readonly NotKept[];
};
