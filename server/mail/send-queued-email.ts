import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { emailMessages } from "@/db/schema";
import { database, type Context } from "@/server/context";
import { composeEmail } from "./compose";
import { log } from "@/lib/log/logger.mjs";
import { emailKind } from "./email-kind";
import type { SendOutcome } from "./outgoing";
import { recordOutcome, type Attempt } from "./record-outcome";
import { loadSender } from "./sender";
import { sendWithRetries } from "./send-with-retries";
import { markSuppressed, suppressedAmong } from "./suppression";
import { transport } from "./transport";

/**
 * Sends one queued message (the worker's mail.send). Safe to run twice: a message no longer
 * queued is left alone, and Resend sees the message's own idempotency key on every attempt.
 * Throws when the attempt failed in a way worth retrying, so that the queue tries again later.
 */
export async function sendQueuedEmail(ctx: Context, messageId: string, attempt: Attempt): Promise<void> {
  const db = database(ctx);
  const [message] = await db
    .select()
    .from(emailMessages)
    .where(and(eq(emailMessages.id, messageId), inArray(emailMessages.status, ["queued", "sending"])));
  if (!message) return;
  // Checked here, where every email passes, so no kind of mail (confirmation, sign-in link,
  // notice, copy, letter, update) can forget it; the request that queued it answered as usual.
  if ((await suppressedAmong(ctx, [message.canonicalTo], message.category)).size > 0) {
    return markSuppressed(ctx, [message.id]);
  }
  const email = await composeEmail(ctx, message, await loadSender(db), new Map());
  await db
    .update(emailMessages)
    .set({ status: "sending", attempts: sql`${emailMessages.attempts} + 1`, updatedAt: sql`now()` })
    .where(eq(emailMessages.id, message.id));

  const channel = transport();
  let outcome: SendOutcome;
  if (channel.kind === "outbox") {
    outcome = { ok: true, providerIds: [null] };
    // With no provider, the terminal is how a local organiser gets their sign-in link.
    // Only with no provider (a local demo): a real deploy never logs a link or an address.
    if (message.kind === emailKind("sign-in-link")) log.info({ msgId: message.id }, `Sign-in link for ${message.toAddress}: ${/https?:\/\/\S+callback\S+/.exec(email.text)?.[0] ?? "(see the outbox)"}`);
  } else {
    outcome = await sendWithRetries(ctx, () => channel.send(email, message.idempotencyKey));
  }
  const { retry } = await recordOutcome(ctx, [message.id], [email], outcome, {
    attempt,
    transport: channel.kind,
    keepBodies: channel.kind === "outbox",
    batch: false,
  });
  if (retry && !outcome.ok) throw new Error(`mail ${message.id}: ${outcome.message}`);
}
