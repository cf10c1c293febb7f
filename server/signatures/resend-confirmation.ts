import "server-only";
import { eq } from "drizzle-orm";
import { campaigns, signatures } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import { localized } from "@/lib/i18n/localized";
import { hashSecretToken } from "@/lib/tokens/secret-token";
import { queueConfirmation } from "./queue-confirmation";

/**
 * From an expired confirmation link: sends a fresh one to the same address (nobody can have it sent
 * anywhere else). Four emails per signature at most.
 */
export async function resendConfirmation(token: string): Promise<{ status: "sent" | "limit" | "invalid" }> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "invalid" };
  return transaction(async (tx) => {
    const [row] = await tx.db
      .select({ signature: signatures, titleEn: campaigns.titleEn, titleFr: campaigns.titleFr })
      .from(signatures)
      .innerJoin(campaigns, eq(campaigns.id, signatures.campaignId))
      .where(eq(signatures.confirmTokenHash, hashSecretToken(token)))
      .for("update", { of: signatures });
    if (!row || row.signature.state !== "pending") return { status: "invalid" } as const;
    const title = localized({ en: row.titleEn, fr: row.titleFr }, row.signature.locale);
    return { status: (await queueConfirmation(tx, row.signature, title)) ? "sent" : "limit" } as const;
  });
}
