import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { campaigns, consentRecords, emailSuppressions, signatures, supporters } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import type { Locale } from "@/lib/i18n/routing";
import { hashSecretToken } from "@/lib/tokens/secret-token";
import { exactRidingCode } from "@/server/directory/exact-riding";
import { addToTallies } from "./add-to-tallies";

export type ConfirmResult =
  | { status: "confirmed"; slug: string; locale: Locale; supporterId: string }
  | { status: "expired"; slug: string }
  | { status: "invalid" };

/**
 * Confirms the signature behind an emailed token (called only from the confirmation page's POST:
 * mail scanners follow links but do not press buttons). Counts it once: confirming again answers
 * "confirmed" and changes nothing. A supporter who asked for updates when signing is subscribed now
 * (unless their address bounced or complained).
 */
export async function confirmSignature(token: string): Promise<ConfirmResult> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "invalid" };
  return transaction(async ({ db }) => {
    const [row] = await db
      .select({ signature: signatures, slug: campaigns.slug })
      .from(signatures)
      .innerJoin(campaigns, eq(campaigns.id, signatures.campaignId))
      .where(eq(signatures.confirmTokenHash, hashSecretToken(token)))
      .for("update", { of: signatures });
    if (!row) return { status: "invalid" } as const;
    const { signature, slug } = row;
    if (signature.state === "confirmed") return { status: "confirmed", slug, locale: signature.locale, supporterId: signature.supporterId } as const;
    if (signature.state !== "pending") return { status: "invalid" } as const;
    if (!signature.confirmTokenExpiresAt || signature.confirmTokenExpiresAt <= new Date()) return { status: "expired", slug } as const;

    // The riding is settled here rather than when signing, off the hot path, and only when certain.
    const ridingCode = signature.ridingCode ?? (await exactRidingCode(db, signature.postalCode));
    await db.update(signatures).set({ state: "confirmed", confirmedAt: sql`now()`, ridingCode }).where(eq(signatures.id, signature.id));
    await addToTallies(db, signature.campaignId, { province: signature.province, ridingCode }, 1);
    // Express consent to updates given with this signature becomes effective with the same click
    // (double opt-in). Bounced or complaining addresses stay as they are.
    const [optIn] = await db
      .select({ id: consentRecords.id })
      .from(consentRecords)
      .where(and(eq(consentRecords.supporterId, signature.supporterId), eq(consentRecords.campaignId, signature.campaignId), eq(consentRecords.purpose, "updates"), eq(consentRecords.action, "granted")))
      .limit(1);
    const [subscribed] = optIn
      ? await db
          .update(supporters)
          .set({ subscriptionStatus: "subscribed", updatedAt: sql`now()` })
          .where(and(eq(supporters.id, signature.supporterId), inArray(supporters.subscriptionStatus, ["none", "pending", "unsubscribed"])))
          .returning({ canonicalEmail: supporters.canonicalEmail })
      : [];
    // A fresh, confirmed opt-in lifts an earlier unsubscribe (never a bounce or a complaint).
    if (subscribed) {
      await db.delete(emailSuppressions).where(and(eq(emailSuppressions.address, subscribed.canonicalEmail), eq(emailSuppressions.reason, "unsubscribed")));
    }
    return { status: "confirmed", slug, locale: signature.locale, supporterId: signature.supporterId } as const;
  });
}
