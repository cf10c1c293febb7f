import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { unseal } from "@/lib/crypto/seal";
import { env } from "@/lib/env";
import type { SignatureFields } from "@/server/signatures/schemas";

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
