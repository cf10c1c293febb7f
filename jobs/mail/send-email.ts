import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { emailMessages } from "@/db/schema";
import type { SendOutcome } from "@/server/mail/outgoing";
import { defineJob } from "../define-job";
import { composeEmail } from "@/server/mail/compose";
import { recordOutcome } from "@/server/mail/record-outcome";
import { loadSender } from "@/server/mail/sender";
import { sendWithRetries } from "@/server/mail/send-with-retries";
import { markSuppressed, suppressedAmong } from "@/server/mail/suppression";
import { transport } from "@/server/mail/transport";

/**
 * Sends one queued message (mail.send {messageId}). Safe to run twice: a message no longer
 * queued is left alone, and Resend sees the message's own idempotency key on every attempt.
 */
export const sendEmail = defineJob({
  queue: "mail.send",
  load: "busy",
  async handle({ messageId }, attempt) {
    const [message] = await db()
      .select()
      .from(emailMessages)
      .where(and(eq(emailMessages.id, messageId), inArray(emailMessages.status, ["queued", "sending"])));
    if (!message) return;
    // Checked here, where every email passes, so no kind of mail (confirmation, sign-in link,
    // notice, copy, letter, update) can forget it; the request that queued it answered as usual.
    if ((await suppressedAmong([message.canonicalTo], message.category)).size > 0) {
      return markSuppressed([message.id]);
    }
    const email = await composeEmail(message, await loadSender(), new Map());
    await db()
      .update(emailMessages)
      .set({ status: "sending", attempts: sql`${emailMessages.attempts} + 1`, updatedAt: sql`now()` })
      .where(eq(emailMessages.id, message.id));

    const channel = transport();
    let outcome: SendOutcome;
    if (channel.kind === "outbox") {
      outcome = { ok: true, providerIds: [null] };
      // With no provider, the terminal is how a local organiser gets their sign-in link.
      if (message.kind === "sign-in") console.log(`Sign-in link for ${message.toAddress}: ${/https?:\/\/\S+callback\S+/.exec(email.text)?.[0] ?? "(see the outbox)"}`);
    } else {
      outcome = await sendWithRetries(() => channel.send(email, message.idempotencyKey));
    }
    const { retry } = await recordOutcome([message.id], [email], outcome, {
      attempt,
      transport: channel.kind,
      keepBodies: channel.kind === "outbox",
      batch: false,
    });
    if (retry && !outcome.ok) throw new Error(`mail ${message.id}: ${outcome.message}`);
  },
});
