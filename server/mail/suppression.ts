import { and, eq, inArray, sql } from "drizzle-orm";
import { emailMessages, emailSuppressions, forgottenSubjects, type suppressionReasonEnum } from "@/db/schema";
import { env } from "@/lib/env";
import { subjectHash } from "@/lib/subject-hash";
import { database, type Context } from "@/server/context";
import { reasonsBlocking, type MailCategory } from "./suppression-rule";

type Reason = (typeof suppressionReasonEnum.enumValues)[number];

/**
 * Which of these canonical addresses must not get mail of this category (server/mail/suppression-rule.ts):
 * bulk mail and letters avoid every suppressed address, transactional mail those that bounced or complained.
 * An address whose owner asked to be erased is known only by its keyed hash (forgotten_subjects):
 * it gets no bulk mail and no letter, but transactional mail still reaches it, because that is mail
 * its owner has just asked for (signing again, a link to their data).
 */
export async function suppressedAmong(ctx: Context, addresses: string[], category: MailCategory): Promise<Set<string>> {
  if (addresses.length === 0) return new Set();
  const reasons = reasonsBlocking(category) as Reason[] | null;
  const rows = await database(ctx)
    .select({ address: emailSuppressions.address })
    .from(emailSuppressions)
    .where(and(inArray(emailSuppressions.address, addresses), reasons ? inArray(emailSuppressions.reason, reasons) : undefined));
  const suppressed = new Set(rows.map((row) => row.address));
  if (category !== "transactional") for (const address of await forgottenAmong(ctx, addresses)) suppressed.add(address);
  return suppressed;
}

async function forgottenAmong(ctx: Context, addresses: string[]): Promise<string[]> {
  const secret = env().AUTH_SECRET;
  const byHash = new Map(addresses.map((address) => [subjectHash(secret, address), address]));
  const rows = await database(ctx)
    .select({ hash: forgottenSubjects.subjectHash })
    .from(forgottenSubjects)
    .where(inArray(forgottenSubjects.subjectHash, [...byHash.keys()]));
  return rows.map((row) => byHash.get(row.hash)!);
}

/** Records the skip on each message, where organisers see it in the email log. */
export async function markSuppressed(ctx: Context, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await database(ctx)
    .update(emailMessages)
    .set({ status: "suppressed", lastError: "address is on the suppression list", updatedAt: sql`now()` })
    .where(and(inArray(emailMessages.id, ids), eq(emailMessages.status, "queued")));
}
