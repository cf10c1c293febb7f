import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { emailMessages, emailSuppressions } from "@/db/schema";

/** Which of these canonical addresses must not be mailed (bounced, complained, unsubscribed). */
export async function suppressedAmong(addresses: string[]): Promise<Set<string>> {
  if (addresses.length === 0) return new Set();
  const rows = await db().select({ address: emailSuppressions.address }).from(emailSuppressions).where(inArray(emailSuppressions.address, addresses));
  return new Set(rows.map((row) => row.address));
}

export async function markSuppressed(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db()
    .update(emailMessages)
    .set({ status: "suppressed", lastError: "address is on the suppression list", updatedAt: sql`now()` })
    .where(and(inArray(emailMessages.id, ids), eq(emailMessages.status, "queued")));
}
