import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { isLocalMailboxOpen } from "./is-local-mailbox-open";

/** The newest 50 emails kept by the local outbox, or null where the mailbox is closed. */
export async function readLocalMailbox() {
  if (!isLocalMailboxOpen()) return null;
  return db()
    .select({ id: emailMessages.id, to: emailMessages.toAddress, subject: emailMessages.subject, text: emailMessages.textBody, sentAt: emailMessages.sentAt })
    .from(emailMessages)
    .where(and(eq(emailMessages.transport, "outbox"), eq(emailMessages.status, "sent")))
    .orderBy(desc(emailMessages.sentAt))
    .limit(50);
}
