import "server-only";
import { and, eq, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import { emailMessages, letters } from "@/db/schema";
import type { TxContext } from "@/server/context";
import { bodiesGone } from "./forgotten-email-fields";

type Anonymised = { deleted: number; anonymised: number; emails: number; providerIds: string[] };

/**
 * Removes the writer from the letters matching `where`. A letter that reached no one (still
 * queued, or handed to an email not yet sent) counts nowhere: deleted, and its email will not go.
 * A letter sent keeps its row for the per-target counts (campaign, target, state, dates, language,
 * whether it was personalised, and the subject, which is one of the organiser's) and loses its
 * text, postal code and riding line. Its email carried the writer's name, reply-to and text: those
 * go too; its recipient (the target, a public office) and its delivery state stay, so delivery
 * figures do not move. Returns the provider ids of those emails, to clear their webhook payloads.
 */
export async function anonymiseLetters(tx: TxContext, where: SQL): Promise<Anonymised> {
  const unsentEmail = sql`${letters.emailMessageId} in (select id from email_messages where status = 'queued')`;
  const deleted = await tx.db
    .delete(letters)
    .where(and(where, or(eq(letters.state, "queued"), unsentEmail)))
    .returning({ emailMessageId: letters.emailMessageId });
  const anonymised = await tx.db.update(letters).set({ supporterId: null, body: "", postalCode: null, ridingName: null }).where(where).returning({ emailMessageId: letters.emailMessageId });
  const unsent = ids(deleted);
  const messageIds = [...new Set([...unsent, ...ids(anonymised)])];
  if (messageIds.length === 0) return { deleted: deleted.length, anonymised: anonymised.length, emails: 0, providerIds: [] };
  // A digest holds several writers' letters in one email: its stored text goes for all of them,
  // which costs nothing (bodies are kept only for the local outbox) and leaves none of this one's.
  const emails = await tx.db.update(emailMessages).set(bodiesGone).where(inArray(emailMessages.id, messageIds)).returning({ providerId: emailMessages.providerId });
  await regather(tx, unsent);
  const providerIds = emails.map((row) => row.providerId).filter((id): id is string => id !== null);
  return { deleted: deleted.length, anonymised: anonymised.length, emails: emails.length, providerIds };
}

function ids(rows: { emailMessageId: string | null }[]): string[] {
  return [...new Set(rows.map((row) => row.emailMessageId).filter((id): id is string => id !== null))];
}

/**
 * A digest not yet sent will not be (its text is gone): the other writers' letters it held wait
 * again, and are gathered into a new digest without this one (server/letters/send-digest.ts).
 */
async function regather(tx: TxContext, messageIds: string[]): Promise<void> {
  if (messageIds.length === 0) return;
  const waiting = await tx.db
    .update(letters)
    .set({ state: "queued", emailMessageId: null, handedOverAt: null })
    .where(and(inArray(letters.emailMessageId, messageIds), isNotNull(letters.supporterId)))
    .returning({ campaignId: letters.campaignId, targetKey: letters.targetKey });
  const targets = new Map(waiting.map((row) => [`${row.campaignId} ${row.targetKey}`, row]));
  for (const { campaignId, targetKey } of targets.values()) await tx.enqueue("letters.digest", { campaignId, targetKey });
}
