import { and, eq, inArray, sql } from "drizzle-orm";
import { emailMessages, emailSuppressions, type suppressionReasonEnum } from "@/db/schema";
import { database, type Context } from "@/server/context";
import { reasonsBlocking, type MailCategory } from "./suppression-rule";

type Reason = (typeof suppressionReasonEnum.enumValues)[number];

/**
 * Which of these canonical addresses must not get mail of this category (server/mail/suppression-rule.ts):
 * bulk mail and letters avoid every suppressed address, transactional mail those that bounced or complained.
 */
export async function suppressedAmong(ctx: Context, addresses: string[], category: MailCategory): Promise<Set<string>> {
  if (addresses.length === 0) return new Set();
  const reasons = reasonsBlocking(category) as Reason[] | null;
  const rows = await database(ctx)
    .select({ address: emailSuppressions.address })
    .from(emailSuppressions)
    .where(and(inArray(emailSuppressions.address, addresses), reasons ? inArray(emailSuppressions.reason, reasons) : undefined));
  return new Set(rows.map((row) => row.address));
}

/** Records the skip on each message, where organisers see it in the email log. */
export async function markSuppressed(ctx: Context, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await database(ctx)
    .update(emailMessages)
    .set({ status: "suppressed", lastError: "address is on the suppression list", updatedAt: sql`now()` })
    .where(and(inArray(emailMessages.id, ids), eq(emailMessages.status, "queued")));
}
