import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { emailMessages } from "@/db/schema";
import { database, type Context } from "@/server/context";
import { isLocalMailboxOpen } from "./is-local-mailbox-open";

/** The newest 50 emails kept by the local outbox, or null where the mailbox is closed. */
export async function readLocalMailbox(ctx: Context) {
  if (!isLocalMailboxOpen()) return null;
  return database(ctx)
    .select({ id: emailMessages.id, to: emailMessages.toAddress, subject: emailMessages.subject, text: emailMessages.textBody, sentAt: emailMessages.sentAt })
    .from(emailMessages)
    .where(and(eq(emailMessages.transport, "outbox"), eq(emailMessages.status, "sent")))
    .orderBy(desc(emailMessages.sentAt))
    .limit(50);
}
