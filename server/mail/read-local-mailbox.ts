import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { env, type Env } from "@/lib/env";

/**
 * The developer's mailbox: with no Resend key, outside production, anyone at the keyboard can read
 * what Chorus "sent" (to follow a confirmation link while trying the site). Never in production,
 * where it would hand out every supporter's links.
 */
export function localMailboxEnabled(settings: Pick<Env, "NODE_ENV" | "MAIL_LOCAL">): boolean {
  return settings.NODE_ENV !== "production" && settings.MAIL_LOCAL;
}

/** The newest 50 emails kept by the local outbox, or null where the mailbox is disabled. */
export async function readLocalMailbox() {
  if (!localMailboxEnabled(env())) return null;
  return db()
    .select({ id: emailMessages.id, to: emailMessages.toAddress, subject: emailMessages.subject, text: emailMessages.textBody, sentAt: emailMessages.sentAt })
    .from(emailMessages)
    .where(and(eq(emailMessages.transport, "outbox"), eq(emailMessages.status, "sent")))
    .orderBy(desc(emailMessages.sentAt))
    .limit(50);
}
