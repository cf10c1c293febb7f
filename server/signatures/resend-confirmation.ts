import "server-only";
import { eq } from "drizzle-orm";
import { campaigns, signatures } from "@/db/schema";
import { withSupporter } from "./with-supporter";
import { localized } from "@/lib/i18n/localized";
import { failed, ok, type Result } from "@/lib/result";
import { hashSecretToken, isSecretToken } from "@/lib/tokens/secret-token";
import { transaction, type Context } from "@/server/context";
import { queueConfirmation } from "./queue-confirmation";

/**
 * From an expired confirmation link: sends a fresh one to the same address (nobody can have it sent
 * anywhere else). Four emails per signature at most ("limit").
 */
export async function resendConfirmation(context: Context, token: string): Promise<Result<object, "limit" | "invalid">> {
  if (!isSecretToken(token)) return failed("invalid");
  return transaction(context, async (tx) => {
    const [row] = await tx.db
      .select({ signature: signatures, titleEn: campaigns.titleEn, titleFr: campaigns.titleFr })
      .from(signatures)
      .innerJoin(campaigns, eq(campaigns.id, signatures.campaignId))
      .where(eq(signatures.confirmTokenHash, hashSecretToken(token)))
      .for("update", { of: signatures });
    const signature = row ? withSupporter(row.signature) : null;
    if (!row || !signature || signature.state !== "pending") return failed("invalid");
    const title = localized({ en: row.titleEn, fr: row.titleFr }, row.signature.locale);
    return (await queueConfirmation(tx, signature, title)) ? ok() : failed("limit");
  });
}
