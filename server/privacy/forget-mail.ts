import "server-only";
import { and, eq, ne, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { emailMessages, rateLimitHits, webhookEvents } from "@/db/schema";
import type { TxContext } from "@/server/context";
import { bucketKey } from "@/server/rate-limit/hit-window";
import { containing, textArray, uuidArray } from "./sql-arrays";
import { bodiesGone } from "./forgotten-email-fields";

type Forgotten = { emails: number; webhooks: number; rateLimits: number; jobs: number };

/**
 * Removes people from the mail records: every email to them (by supporter or by any spelling of
 * their address) keeps its row, kind, category, broadcast, state and dates, so delivery figures
 * stay exact, and loses its address, name, props, stored body, subject and last error. Letters they
 * wrote are handled by anonymiseLetters (their recipient is a target, not them). Webhook payloads
 * that name those emails or an address are emptied, and so are rate-limit buckets and queue job
 * outputs that could hold one.
 */
export async function forgetMail(tx: TxContext, supporterIds: string[], addresses: string[], letterProviderIds: string[]): Promise<Forgotten> {
  const needles = [...new Set(addresses.map((address) => address.trim().toLowerCase()).filter((address) => address.length > 0))];
  // Every condition below matches these: with none, a mistake here could match every row.
  if (needles.length === 0 || supporterIds.length === 0) throw new Error("forgetMail needs the people and their addresses");
  const mentions = (column: SQL | AnyPgColumn) => sql`lower(${column}::text) like any(${containing(needles)})`;
  const theirs = sql`${emailMessages.supporterId} = any(${uuidArray(supporterIds)})`;

  const emails = await tx.db
    .update(emailMessages)
    .set({ ...bodiesGone, toAddress: "forgotten", canonicalTo: "forgotten", toName: null })
    .where(and(ne(emailMessages.category, "letter"), or(theirs, sql`${emailMessages.canonicalTo} = any(${textArray(needles)})`)))
    .returning({ providerId: emailMessages.providerId });
  // Letters' emails go to a target, and anonymiseLetters clears those still linked to a letter. One
  // left behind (a failed digest whose letters were gathered again) may still quote the writer.
  const strays = await tx.db
    .update(emailMessages)
    .set(bodiesGone)
    .where(and(eq(emailMessages.category, "letter"), or(theirs, mentions(sql`${emailMessages.props}`), mentions(emailMessages.html), mentions(emailMessages.textBody), mentions(emailMessages.replyTo))))
    .returning({ providerId: emailMessages.providerId });
  const providerIds = [...letterProviderIds, ...[...emails, ...strays].map((row) => row.providerId).filter((id): id is string => id !== null)];

  const webhooks = await tx.db
    .update(webhookEvents)
    .set({ payload: sql`'{}'::jsonb` })
    .where(and(ne(sql`${webhookEvents.payload}::text`, "{}"), or(sql`${webhookEvents.payload} -> 'data' ->> 'email_id' = any(${textArray(providerIds)})`, mentions(sql`${webhookEvents.payload}`))))
    .returning({ id: webhookEvents.id });

  // Buckets are "<scope>:<keyed hash of the subject>", whatever the scope and however it was spelt.
  const keys = [...new Set(needles.map(bucketKey))];
  const rateLimits = await tx.db
    .delete(rateLimitHits)
    .where(sql`reverse(split_part(reverse(${rateLimitHits.bucket}), ':', 1)) = any(${textArray(keys)})`)
    .returning({ bucket: rateLimitHits.bucket });

  return { emails: emails.length + strays.length, webhooks: webhooks.length, rateLimits: rateLimits.length, jobs: await forgetJobOutputs(tx, needles) };
}

/**
 * Jobs carry ids only (db/queue/queues.ts), but a failed job keeps its error as output, and a
 * provider's error can quote the address it refused: those outputs are cleared.
 */
async function forgetJobOutputs(tx: TxContext, needles: string[]): Promise<number> {
  let cleared = 0;
  for (const table of ["job", "archive"]) {
    const [exists] = await tx.db.execute<{ found: string | null }>(sql`select to_regclass(${`pgboss.${table}`})::text as found`);
    if (!exists?.found) continue;
    const rows = await tx.db.execute(sql`update ${sql.raw(`pgboss.${table}`)} set output = null where output is not null and lower(output::text) like any(${containing(needles)}) returning id`);
    cleared += rows.length;
  }
  return cleared;
}
