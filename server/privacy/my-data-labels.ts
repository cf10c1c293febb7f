import { formatDate, formatDateTime } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/routing";
import { provinces } from "@/lib/postal-code";
import type { CampaignRef, Wording } from "./my-data";

/** A translator from the catalogues' root (next-intl's getTranslations or the API translator), loosely typed: keys here are built from stored values. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

// Stored email kinds (server/mail/email-kind.ts) a supporter can receive, and their label's key.
const EMAIL_KINDS: Record<string, string> = {
  "confirm-signature": "confirmSignature",
  "already-signed": "alreadySigned",
  "letters-copy": "lettersCopy",
  "access-request-copy": "accessRequestCopy",
  "access-request-reminder": "accessRequestReminder",
  "writer-link": "writerLink",
  "campaign-update": "campaignUpdate",
  "my-data-link": "myDataLink",
};

/**
 * How the my-data page and its HTML export word each value, so the two read the same: dates in
 * the organisation's time zone, campaign titles and consent wordings in the reader's language
 * (the other one when a text was left empty), codes as words.
 */
export function myDataLabels(t: Translate, locale: Locale, timeZone: string) {
  const inLanguage = (en: string, fr: string) => (locale === "fr" ? fr || en : en || fr);
  return {
    t,
    date: (date: Date) => formatDate(date, locale, timeZone),
    dateTime: (date: Date) => formatDateTime(date, locale, timeZone),
    title: (campaign: CampaignRef) => inLanguage(campaign.titleEn, campaign.titleFr),
    wording: (wording: Pick<Wording, "textEn" | "textFr">) => inLanguage(wording.textEn, wording.textFr),
    riding: (riding: { nameEn: string; nameFr: string }) => inLanguage(riding.nameEn, riding.nameFr),
    province: (code: string) => ((provinces as readonly string[]).includes(code) ? t(`Provinces.${code}`) : code),
    emailKind: (kind: string) => (EMAIL_KINDS[kind] ? t(`myData.emails.kinds.${EMAIL_KINDS[kind]}`) : t("myData.emails.kinds.other", { kind })),
    language: (code: string) => (code === "fr" || code === "en" ? t(`myData.languages.${code}`) : code),
  };
}

export type MyDataLabels = ReturnType<typeof myDataLabels>;
