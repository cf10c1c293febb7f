import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { consentRecords, emailSuppressions, forgottenSubjects, signatures, supporters } from "@/db/schema";
import { env } from "@/lib/env";
import { subjectHash } from "@/lib/subject-hash";
import { clientKeyOf, type TxContext } from "@/server/context";
import { consentTextsFor } from "./consent-texts";
import type { WithSupporter } from "./with-supporter";

type Confirmed = WithSupporter<typeof signatures.$inferSelect>;
/** Where the click was made: the confirmation page's path. */
export type Click = { source: string };

/**
 * The consent given by a confirmation click, in the confirming transaction: the petition wording
 * and, when this signature asked for them, updates, each with the wording the signature was shown
 * (its latest signing's), the confirming visitor's client key and page. Nothing is recorded when signing, so
 * whoever typed the address first grants nothing in its owner's name. The supporter takes the
 * confirmed signature's name; updates start now (double opt-in), or a supporter left "pending" by
 * an unconfirmed opt-in goes back to "none". A fresh opt-in lifts an earlier unsubscribe, never a
 * bounce or a complaint; it also lifts the suppression left by an erasure (the person came back and asked).
 */
export async function recordConfirmationConsent(tx: TxContext, signature: Confirmed, click: Click): Promise<void> {
  const { db } = tx;
  const wording = await consentTextsFor(db, signature.campaignId, signature);
  const updates = signature.updatesConsentId ? wording.updates : null;
  const common = { supporterId: signature.supporterId, action: "granted" as const, campaignId: signature.campaignId, locale: signature.locale, source: click.source, ipHash: clientKeyOf(tx) };
  await db.insert(consentRecords).values([{ ...common, purpose: "petition", consentTextId: wording.petition.id, textHash: wording.petition.textHash }, ...(updates ? [{ ...common, purpose: "updates" as const, consentTextId: updates.id, textHash: updates.textHash }] : [])]);
  await db
    .update(supporters)
    .set({ name: signature.name, updatedAt: sql`now()` })
    .where(eq(supporters.id, signature.supporterId));
  if (!updates) {
    await db
      .update(supporters)
      .set({ subscriptionStatus: "none" })
      .where(and(eq(supporters.id, signature.supporterId), eq(supporters.subscriptionStatus, "pending")));
    return;
  }
  const [subscribed] = await db
    .update(supporters)
    .set({ subscriptionStatus: "subscribed" })
    .where(and(eq(supporters.id, signature.supporterId), inArray(supporters.subscriptionStatus, ["none", "pending", "unsubscribed"])))
    .returning({ canonicalEmail: supporters.canonicalEmail });
  if (subscribed) {
    await db.delete(emailSuppressions).where(and(eq(emailSuppressions.address, subscribed.canonicalEmail), eq(emailSuppressions.reason, "unsubscribed")));
    await db.delete(forgottenSubjects).where(eq(forgottenSubjects.subjectHash, subjectHash(env().AUTH_SECRET, subscribed.canonicalEmail)));
  }
}
