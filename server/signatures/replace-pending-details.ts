import "server-only";
import { and, eq } from "drizzle-orm";
import { signatures } from "@/db/schema";
import { clientKeyOf, type TxContext } from "@/server/context";
import type { SignatureFields } from "./schemas";

export type PendingDetails = SignatureFields & {
  source: string;
  petitionConsentId: string;
  /** Null when this signing left the updates box unticked. */
  updatesConsentId: string | null;
};

/**
 * A later signing of an address whose signature to this campaign still awaits confirmation: its
 * details replace the pending ones (name, spelling of the address, postal code or country,
 * province, language, the wording shown and the updates choice, and the client key of the visitor
 * who signed, from the context), so that the first to type an
 * address never chooses what its owner confirms. Nothing was consented to yet (the click records
 * consent), so nothing else changes. Only a pending signature is touched, in the caller's
 * transaction (which holds its row lock); returns it as it now is, or null.
 */
export async function replacePendingDetails(tx: TxContext, signatureId: string, details: PendingDetails) {
  const [updated] = await tx.db
    .update(signatures)
    .set({
      name: details.name,
      email: details.email,
      postalCode: details.postalCode,
      country: details.country,
      province: details.province,
      // Settled again from the new postal code when it is confirmed.
      ridingCode: null,
      locale: details.locale,
      ipHash: clientKeyOf(tx),
      source: details.source,
      petitionConsentId: details.petitionConsentId,
      updatesConsentId: details.updatesConsentId,
    })
    .where(and(eq(signatures.id, signatureId), eq(signatures.state, "pending")))
    .returning();
  return updated ?? null;
}
