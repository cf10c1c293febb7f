import "server-only";
import { eq, sql } from "drizzle-orm";
import { campaigns, signatures } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { metrics } from "@/lib/metrics/registry.mjs";
import { failed, ok, type Result } from "@/lib/result";
import { hashSecretToken, isSecretToken } from "@/lib/tokens/secret-token";
import { transaction, type Context } from "@/server/context";
import { exactRidingCode } from "@/server/directory/exact-riding";
import { addToTallies } from "./add-to-tallies";
import { detailsFingerprint } from "./details-fingerprint";
import { recordConfirmationConsent, type Click } from "./record-confirmation-consent";
import { withSupporter } from "./with-supporter";

export type ConfirmClick = Click & {
  /** The details fingerprint the confirmation page showed (see detailsFingerprint). */
  shown?: string;
};

export type ConfirmError = "already" | "changed" | "expired" | "invalid";
export type ConfirmResult = Result<{ slug: string; locale: Locale; supporterId: string }, ConfirmError>;

/**
 * Confirms the signature behind an emailed token (called only from the confirmation page's POST:
 * mail scanners follow links but do not press buttons). The token is spent by that click: only the
 * one that confirms answers ok (whose caller may then let the browser write letters);
 * any later use fails as "already" and grants nothing. Refused as "changed" when the details the
 * page showed were replaced meanwhile by a later signing. The click records the consent (see
 * recordConfirmationConsent) with the confirming visitor's client key, and counts the signature once.
 */
export async function confirmSignature(context: Context, token: string, click: ConfirmClick = { source: "confirm" }): Promise<ConfirmResult> {
  if (!isSecretToken(token)) return failed("invalid");
  return transaction(context, async (tx) => {
    const { db } = tx;
    const [row] = await db
      .select({ signature: signatures, slug: campaigns.slug })
      .from(signatures)
      .innerJoin(campaigns, eq(campaigns.id, signatures.campaignId))
      .where(eq(signatures.confirmTokenHash, hashSecretToken(token)))
      .for("update", { of: signatures });
    if (!row) return failed("invalid");
    const { slug } = row;
    if (row.signature.state === "confirmed") return failed("already");
    const signature = withSupporter(row.signature);
    if (!signature || signature.state !== "pending") return failed("invalid");
    if (!signature.confirmTokenExpiresAt || signature.confirmTokenExpiresAt <= new Date()) return failed("expired");
    if (click.shown !== undefined && click.shown !== detailsFingerprint(signature)) return failed("changed");

    // The riding is settled here rather than when signing, off the hot path, and only when certain.
    const ridingCode = signature.ridingCode ?? (await exactRidingCode(db, signature.postalCode));
    await db
      .update(signatures)
      .set({ state: "confirmed", confirmedAt: sql`now()`, ridingCode })
      .where(eq(signatures.id, signature.id));
    await addToTallies(db, signature.campaignId, { province: signature.province, ridingCode }, 1);
    await recordConfirmationConsent(tx, signature, click);
    metrics().signaturesConfirmed.inc();
    return ok({ slug, locale: signature.locale, supporterId: signature.supporterId });
  });
}
