import "server-only";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { campaignMutes, campaigns, consentRecords, consentTexts, emailMessages, letters, ridings, signatures, supporters } from "@/db/schema";
import { database, type Context } from "@/server/context";
import { shownStatus } from "@/server/mail/shown-status";
import { NOT_KEPT, type CampaignRef, type MyData, type Wording } from "./my-data";

const campaignRef = { slug: campaigns.slug, titleEn: campaigns.titleEn, titleFr: campaigns.titleFr };
const wordingOf = (row: { version: number | null; textEn: string | null; textFr: string | null; textHash: string | null }): Wording | null =>
  row.version === null || row.textEn === null || row.textFr === null || row.textHash === null ? null : { version: row.version, textEn: row.textEn, textFr: row.textFr, textHash: row.textHash };

/**
 * Everything held on the supporter the my-data session names (server/privacy/my-data-session.ts),
 * oldest first in each list; null when there is no such supporter (erased meanwhile). The caller
 * proved who they are: this verb never takes an address, only the id a signed cookie carries.
 * Email bodies are left out on purpose: they are kept a few weeks only for delivery, and what
 * matters to the person (that we wrote, when, whether it arrived) is here.
 */
export async function getMyData(ctx: Context, supporterId: string): Promise<MyData | null> {
  const db = database(ctx);
  const [supporter] = await db.select().from(supporters).where(eq(supporters.id, supporterId));
  if (!supporter) return null;
  const [signed, consents, written, mutes, emails] = await Promise.all([
    db.select({ signature: signatures, campaign: campaignRef }).from(signatures).innerJoin(campaigns, eq(campaigns.id, signatures.campaignId)).where(eq(signatures.supporterId, supporterId)).orderBy(asc(signatures.createdAt)),
    db
      .select({
        record: consentRecords,
        campaign: campaignRef,
        version: consentTexts.version,
        textEn: consentTexts.textEn,
        textFr: consentTexts.textFr,
        textHash: consentTexts.textHash,
      })
      .from(consentRecords)
      .leftJoin(consentTexts, eq(consentTexts.id, consentRecords.consentTextId))
      .leftJoin(campaigns, eq(campaigns.id, consentRecords.campaignId))
      .where(eq(consentRecords.supporterId, supporterId))
      .orderBy(asc(consentRecords.createdAt), asc(consentRecords.id)),
    db.select({ letter: letters, campaign: campaignRef }).from(letters).innerJoin(campaigns, eq(campaigns.id, letters.campaignId)).where(eq(letters.supporterId, supporterId)).orderBy(asc(letters.createdAt), asc(letters.toName)),
    db.select({ since: campaignMutes.createdAt, campaign: campaignRef }).from(campaignMutes).innerJoin(campaigns, eq(campaigns.id, campaignMutes.campaignId)).where(eq(campaignMutes.supporterId, supporterId)).orderBy(asc(campaignMutes.createdAt)),
    // Letters are mail to their recipients, sent in the supporter's name: listed as letters, not here.
    db
      .select({ kind: emailMessages.kind, at: emailMessages.createdAt, status: emailMessages.status, transport: emailMessages.transport })
      .from(emailMessages)
      .where(and(eq(emailMessages.supporterId, supporterId), ne(emailMessages.category, "letter")))
      .orderBy(asc(emailMessages.createdAt)),
  ]);

  const ridingCodes = [...new Set(signed.map((row) => row.signature.ridingCode).filter((code): code is string => code !== null))];
  const ridingNames =
    ridingCodes.length === 0
      ? []
      : await db
          .select({ code: ridings.code, nameEn: ridings.nameEn, nameFr: ridings.nameFr })
          .from(ridings)
          .where(and(eq(ridings.level, "federal"), inArray(ridings.code, ridingCodes)));
  // A signature still waiting for its click has agreed to nothing: it shows the wording its form showed.
  const shownIds = signed.map((row) => row.signature.petitionConsentId).filter((id): id is string => id !== null);
  const shown = shownIds.length === 0 ? [] : await db.select().from(consentTexts).where(inArray(consentTexts.id, shownIds));

  return {
    supporter: { name: supporter.name, email: supporter.email, locale: supporter.locale, subscription: supporter.subscriptionStatus, since: supporter.createdAt },
    signatures: signed.map(({ signature, campaign }) => {
      // The newest petition consent for this campaign is what their latest confirmation agreed to.
      const agreed = consents.findLast((row) => row.record.purpose === "petition" && row.record.action === "granted" && row.record.campaignId === signature.campaignId);
      const agreedWording = agreed ? wordingOf(agreed) : null;
      const shownText = shown.find((text) => text.id === signature.petitionConsentId);
      const riding = ridingNames.find((row) => row.code === signature.ridingCode) ?? (signature.ridingCode ? { code: signature.ridingCode, nameEn: signature.ridingCode, nameFr: signature.ridingCode } : null);
      return {
        campaign,
        state: signature.state,
        signedAt: signature.createdAt,
        confirmedAt: signature.confirmedAt,
        postalCode: signature.postalCode,
        province: signature.province,
        riding,
        wording: agreedWording ? { ...agreedWording, agreed: true } : shownText ? { ...wordingOf(shownText)!, agreed: false } : null,
      };
    }),
    consents: consents.map((row) => ({
      purpose: row.record.purpose,
      action: row.record.action,
      campaign: row.record.campaignId ? (row.campaign as CampaignRef) : null,
      wording: wordingOf(row),
      at: row.record.createdAt,
      source: row.record.source,
      locale: row.record.locale,
    })),
    letters: written.map(({ letter, campaign }) => ({
      campaign,
      to: { name: letter.toName, address: letter.toAddress },
      writtenAt: letter.createdAt,
      handedOverAt: letter.handedOverAt,
      subject: letter.subject,
      body: letter.body,
      state: letter.state,
      ridingName: letter.ridingName,
      postalCode: letter.postalCode,
    })),
    mutes,
    emails: emails.map((row) => ({ kind: row.kind, at: row.at, status: shownStatus(row.status, row.transport) })),
    notKept: NOT_KEPT,
  };
}
