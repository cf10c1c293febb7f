import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { emailMessages } from "@/db/schema";
import { database, type Context } from "@/server/context";
import { composeEmail, type MessageRow } from "./compose";
import type { SendOutcome } from "./outgoing";
import { recordOutcome, type Attempt } from "./record-outcome";
import { loadSender } from "./sender";
import { sendWithRetries } from "./send-with-retries";
import { markSuppressed, suppressedAmong } from "./suppression";
import { transport } from "./transport";

/**
 * Freezes which messages of a chunk go out, under one idempotency key derived from them. The
 * first attempt decides (dropping suppressed addresses); every retry re-sends exactly that set
 * with that key, so Resend answers a retry with the first result instead of mailing twice.
 */
async function freeze(ctx: Context, broadcastId: string, rows: MessageRow[]): Promise<{ key: string; rows: MessageRow[] } | null> {
  const frozen = rows.filter((row) => row.status === "sending" && row.batchKey);
  if (frozen.length > 0) return { key: frozen[0]!.batchKey!, rows: frozen.filter((row) => row.batchKey === frozen[0]!.batchKey) };
  const suppressed = await suppressedAmong(
    ctx,
    rows.map((row) => row.canonicalTo),
    "bulk",
  );
  await markSuppressed(
    ctx,
    rows.filter((row) => suppressed.has(row.canonicalTo)).map((row) => row.id),
  );
  const sendable = rows.filter((row) => !suppressed.has(row.canonicalTo));
  if (sendable.length === 0) return null;
  const ids = sendable.map((row) => row.id).sort();
  const key = `batch/${broadcastId}/${createHash("sha256").update(ids.join(",")).digest("hex").slice(0, 32)}`;
  await database(ctx)
    .update(emailMessages)
    .set({ status: "sending", batchKey: key, updatedAt: sql`now()` })
    .where(and(inArray(emailMessages.id, ids), eq(emailMessages.status, "queued")));
  return { key, rows: sendable };
}

/**
 * Sends up to 100 messages of one broadcast in one provider call (the worker's mail.send-batch).
 * Throws when the attempt failed in a way worth retrying, so that the queue tries again later.
 */
export async function sendQueuedBatch(ctx: Context, broadcastId: string, messageIds: string[], attempt: Attempt): Promise<void> {
  const db = database(ctx);
  const rows = await db
    .select()
    .from(emailMessages)
    .where(and(inArray(emailMessages.id, messageIds), inArray(emailMessages.status, ["queued", "sending"])));
  const batch = await freeze(ctx, broadcastId, rows);
  if (!batch) return;
  // Keep the frozen order: provider ids come back in the order the emails were sent.
  const ordered = [...batch.rows].sort((a, b) => a.id.localeCompare(b.id));
  const sender = await loadSender(db);
  const cache = new Map();
  const emails = await Promise.all(ordered.map((row) => composeEmail(ctx, row, sender, cache)));
  await db
    .update(emailMessages)
    .set({ attempts: sql`${emailMessages.attempts} + 1` })
    .where(
      inArray(
        emailMessages.id,
        ordered.map((row) => row.id),
      ),
    );

  const channel = transport();
  let outcome: SendOutcome;
  if (channel.kind === "outbox") {
    outcome = { ok: true, providerIds: ordered.map(() => null) };
  } else {
    outcome = await sendWithRetries(ctx, () => channel.sendBatch(emails, batch.key));
  }
  const ids = ordered.map((row) => row.id);
  const { retry } = await recordOutcome(ctx, ids, emails, outcome, { attempt, transport: channel.kind, keepBodies: channel.kind === "outbox", batch: true });
  if (retry && !outcome.ok) throw new Error(`batch ${batch.key}: ${outcome.message}`);
}
