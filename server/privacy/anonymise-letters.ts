import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { emailMessages, letters } from "@/db/schema";
import type { TxContext } from "@/server/context";

/**
 * Removes the writer from the letters matching `where`. A letter still queued (never handed to the
 * pipeline) reached no one and counts nowhere: deleted. A letter handed over keeps its row for the
 * per-target counts (campaign, target, state, dates, language, whether it was personalised, and
 * the subject, which is one of the organiser's) and loses its text, postal code and riding line.
 * Its email carried the writer's name, reply-to and text: those go too; its recipient (the target,
 * a public office) and its delivery state stay, so delivery figures do not move.
 * Returns the provider ids of those emails, so their webhook payloads can be cleared.
 */
export async function anonymiseLetters(tx: TxContext, where: SQL): Promise<{ deleted: number; anonymised: number; emails: number; providerIds: string[] }> {
  const deleted = await tx.db
    .delete(letters)
    .where(and(where, eq(letters.state, "queued")))
    .returning({ id: letters.id });
  const anonymised = await tx.db.update(letters).set({ supporterId: null, body: "", postalCode: null, ridingName: null }).where(where).returning({ id: letters.id, emailMessageId: letters.emailMessageId });
  const messageIds = [...new Set(anonymised.map((row) => row.emailMessageId).filter((id): id is string => id !== null))];
  if (messageIds.length === 0) return { deleted: deleted.length, anonymised: anonymised.length, emails: 0, providerIds: [] };
  // A digest holds several writers' letters in one email: its stored text goes for all of them,
  // which costs nothing (bodies are kept only for the local outbox) and leaves none of this one's.
  const emails = await tx.db
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
    .where(inArray(emailMessages.id, messageIds))
    .returning({ providerId: emailMessages.providerId });
  const providerIds = emails.map((row) => row.providerId).filter((id): id is string => id !== null);
  return { deleted: deleted.length, anonymised: anonymised.length, emails: emails.length, providerIds };
}
