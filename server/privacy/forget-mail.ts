import "server-only";
import { and, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { emailMessages, rateLimitHits, webhookEvents } from "@/db/schema";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { TxContext } from "@/server/context";
import { bucketKey } from "@/server/rate-limit/hit-window";

/**
 * Removes a person from the mail records: every email to them (by supporter or by any spelling of
 * their address) keeps its row, kind, category, broadcast, state and dates, so delivery figures
 * stay exact, and loses its address, name, props, stored body, subject and last error; one still
 * queued will not be sent. Letters they wrote are handled by anonymiseLetters (their recipient is
 * a target, not them). Webhook payloads that name those emails or the address are emptied, and
 * so are rate-limit buckets and queue job outputs that could hold it.
 */
export async function forgetMail(tx: TxContext, supporterId: string, addresses: string[], letterProviderIds: string[]): Promise<{ emails: number; webhooks: number; rateLimits: number; jobs: number }> {
  const needles = [...new Set(addresses.map((address) => address.trim().toLowerCase()).filter((address) => address.length > 0))];
  // Every condition below is an OR over these: with none, it would match every row.
  if (needles.length === 0) throw new Error("forgetMail needs the person's address");
  const mentions = (column: SQL | AnyPgColumn) => or(...needles.map((needle) => sql`position(${needle} in lower(${column}::text)) > 0`));
  const emails = await tx.db
    .update(emailMessages)
    .set({
      toAddress: "forgotten",
      canonicalTo: "forgotten",
      toName: null,
      fromName: null,
      replyTo: null,
      props: null,
      sealedProps: null,
      html: null,
      textBody: null,
      subject: null,
      lastError: null,
      supporterId: null,
      status: sql`case when ${emailMessages.status} = 'queued' then 'suppressed'::email_status else ${emailMessages.status} end`,
      updatedAt: sql`now()`,
    })
    .where(and(ne(emailMessages.category, "letter"), or(eq(emailMessages.supporterId, supporterId), inArray(emailMessages.canonicalTo, needles))))
    .returning({ providerId: emailMessages.providerId });
  // Letters' emails go to a target, and anonymiseLetters clears those still linked to a letter. One
  // left behind (a failed digest whose letters were gathered again) may still quote the writer.
  const strays = await tx.db
    .update(emailMessages)
    .set({
      props: null,
      sealedProps: null,
      html: null,
      textBody: null,
      subject: null,
      fromName: null,
      replyTo: null,
      lastError: null,
      supporterId: null,
      status: sql`case when ${emailMessages.status} = 'queued' then 'suppressed'::email_status else ${emailMessages.status} end`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(emailMessages.category, "letter"), or(eq(emailMessages.supporterId, supporterId), mentions(sql`${emailMessages.props}`), mentions(emailMessages.html), mentions(emailMessages.textBody), mentions(emailMessages.replyTo))))
    .returning({ providerId: emailMessages.providerId });
  const providerIds = [...letterProviderIds, ...[...emails, ...strays].map((row) => row.providerId).filter((id): id is string => id !== null)];

  const webhooks = await tx.db
    .update(webhookEvents)
    .set({ payload: sql`'{}'::jsonb` })
    .where(and(ne(sql`${webhookEvents.payload}::text`, "{}"), or(providerIds.length > 0 ? inArray(sql`${webhookEvents.payload} -> 'data' ->> 'email_id'`, providerIds) : undefined, mentions(sql`${webhookEvents.payload}`))))
    .returning({ id: webhookEvents.id });

  // Buckets are "<scope>:<keyed hash of the subject>", whatever the scope and however it was spelt.
  const keys = [...new Set(needles.map(bucketKey))];
  const rateLimits = await tx.db
    .delete(rateLimitHits)
    .where(or(...keys.map((key) => sql`${rateLimitHits.bucket} like ${`%:${key}`}`)))
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
    const rows = await tx.db.execute(
      sql`update ${sql.raw(`pgboss.${table}`)} set output = null where output is not null and (${sql.join(
        needles.map((needle) => sql`position(${needle} in lower(output::text)) > 0`),
        sql` or `,
      )}) returning id`,
    );
    cleared += rows.length;
  }
  return cleared;
}
