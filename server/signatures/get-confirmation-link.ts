import "server-only";
import { eq } from "drizzle-orm";
import { campaigns, signatures } from "@/db/schema";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { hashSecretToken, isSecretToken } from "@/lib/tokens/secret-token";
import { database, type Context } from "@/server/context";
import { consentTextsFor } from "./consent-texts";
import { detailsFingerprint } from "./details-fingerprint";

/** What pressing the button would confirm, as the page shows it. */
export type PendingDetails = {
  name: string;
  postalCode: string | null;
  country: string;
  petitionWording: string;
  /** The updates wording when this signature asked for updates, else null. */
  updatesWording: string | null;
  fingerprint: string;
};

export type ConfirmationLink = { status: "pending"; slug: string; title: string; details: PendingDetails } | { status: "confirmed" | "expired"; slug: string; title: string } | { status: "invalid" };

/**
 * What an emailed confirmation link is for, read only (opening the page must change nothing):
 * the petition it signs, in the page's language, and whether it still waits for its button (with
 * the details and wording that pressing it confirms), was already used, or has expired. A link for
 * a withdrawn or invalidated signature, a link replaced by a newer one, or none, is invalid.
 */
export async function getConfirmationLink(context: Context, token: string, locale: Locale): Promise<ConfirmationLink> {
  if (!isSecretToken(token)) return { status: "invalid" };
  const db = database(context);
  const [row] = await db
    .select({ signature: signatures, slug: campaigns.slug, titleEn: campaigns.titleEn, titleFr: campaigns.titleFr })
    .from(signatures)
    .innerJoin(campaigns, eq(campaigns.id, signatures.campaignId))
    .where(eq(signatures.confirmTokenHash, hashSecretToken(token)));
  if (!row || (row.signature.state !== "pending" && row.signature.state !== "confirmed")) return { status: "invalid" };
  const { signature, slug } = row;
  const title = localized({ en: row.titleEn, fr: row.titleFr }, locale);
  if (signature.state === "confirmed") return { status: "confirmed", slug, title };
  if (!signature.confirmTokenExpiresAt || signature.confirmTokenExpiresAt <= new Date()) return { status: "expired", slug, title };
  const wording = await consentTextsFor(db, signature.campaignId, signature);
  const text = (pair: { textEn: string; textFr: string }) => localized({ en: pair.textEn, fr: pair.textFr }, locale);
  const details: PendingDetails = {
    name: signature.name,
    postalCode: signature.postalCode,
    country: signature.country,
    petitionWording: text(wording.petition),
    updatesWording: signature.updatesConsentId && wording.updates ? text(wording.updates) : null,
    fingerprint: detailsFingerprint(signature),
  };
  return { status: "pending", slug, title, details };
}
