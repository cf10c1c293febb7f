import "server-only";
import { eq, sql } from "drizzle-orm";
import { campaigns, signatures } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import type { Locale } from "@/lib/i18n/routing";
import { hashSecretToken } from "@/lib/tokens/secret-token";
import { exactRidingCode } from "@/server/directory/exact-riding";
import { addToTallies } from "./add-to-tallies";
import { detailsFingerprint } from "./details-fingerprint";
import { recordConfirmationConsent, type ClickContext } from "./record-confirmation-consent";

export type ConfirmContext = ClickContext & {
  /** The details fingerprint the confirmation page showed (see detailsFingerprint). */
  shown?: string;
};

export type ConfirmResult =
  | { status: "confirmed"; slug: string; locale: Locale; supporterId: string }
  | { status: "already"; slug: string }
  | { status: "changed" }
  | { status: "expired"; slug: string }
  | { status: "invalid" };

/**
 * Confirms the signature behind an emailed token (called only from the confirmation page's POST:
 * mail scanners follow links but do not press buttons). The token is spent by that click: only the
 * one that confirms answers "confirmed" (whose caller may then let the browser write letters);
 * any later use answers "already" and grants nothing. Refused as "changed" when the details the
 * page showed were replaced meanwhile by a later signing. The click records the consent (see
 * recordConfirmationConsent) with the confirming request's IP hash, and counts the signature once.
 */
export async function confirmSignature(token: string, click: ConfirmContext = { ipHash: null, source: "confirm" }): Promise<ConfirmResult> {
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
    if (signature.state === "confirmed") return { status: "already", slug } as const;
    if (signature.state !== "pending") return { status: "invalid" } as const;
    if (!signature.confirmTokenExpiresAt || signature.confirmTokenExpiresAt <= new Date()) return { status: "expired", slug } as const;
    if (click.shown !== undefined && click.shown !== detailsFingerprint(signature)) return { status: "changed" } as const;

    // The riding is settled here rather than when signing, off the hot path, and only when certain.
    const ridingCode = signature.ridingCode ?? (await exactRidingCode(db, signature.postalCode));
    await db.update(signatures).set({ state: "confirmed", confirmedAt: sql`now()`, ridingCode }).where(eq(signatures.id, signature.id));
    await addToTallies(db, signature.campaignId, { province: signature.province, ridingCode }, 1);
    await recordConfirmationConsent(db, signature, click);
    return { status: "confirmed", slug, locale: signature.locale, supporterId: signature.supporterId } as const;
  });
}
