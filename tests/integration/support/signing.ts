import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { unseal } from "@/lib/crypto/seal";
import { env } from "@/lib/env";
import { visitorContext } from "@/server/context";
import { confirmSignature } from "@/server/signatures/confirm-signature";
import type { SignatureFields } from "@/server/signatures/schemas";
import { signPetition } from "@/server/signatures/sign-petition";
import { uniqueSuffix } from "../../support/factories";

/** A visitor whose address is not known (no per-IP limit applies), as most tests sign. */
export const visitor = visitorContext(null);

export const person = (email: string, overrides: Record<string, unknown> = {}): SignatureFields =>
  ({
    name: "Alex Martin",
    email,
    locale: "en",
    subscribe: false,
    postalCode: "K1A 0A6",
    country: "CA",
    province: "ON",
    ...overrides,
  }) as SignatureFields;

/** The token of the newest confirmation email to this address (as the signer's inbox would have it). */
export async function latestConfirmationToken(address: string): Promise<string | null> {
  const [row] = await db()
    .select({ sealed: emailMessages.sealedProps })
    .from(emailMessages)
    .where(and(eq(emailMessages.kind, "confirm-signature"), eq(emailMessages.toAddress, address)))
    .orderBy(desc(emailMessages.createdAt))
    .limit(1);
  if (!row?.sealed) return null;
  const { confirmUrl } = unseal<{ confirmUrl: string }>(env().AUTH_SECRET, row.sealed);
  return confirmUrl.split("/").pop() ?? null;
}

/** A confirmed signer of the campaign, as the letter composer would know them after their click. */
export async function confirmedSigner(slug: string, name: string): Promise<{ id: string; email: string }> {
  const email = `writer-${uniqueSuffix()}@example.org`;
  await signPetition(visitor, slug, person(email, { name, postalCode: "K1P 5G4" }), { source: "/en/campaigns/test" });
  const result = await confirmSignature(visitor, (await latestConfirmationToken(email))!);
  if (!result.ok) throw new Error("not confirmed");
  return { id: result.supporterId, email };
}
