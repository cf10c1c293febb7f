import "server-only";
import { emailBroadcasts, emailMessages } from "@/db/schema";
import type { UnitOfWork } from "@/db/transaction";
import type { CampaignUpdateProps } from "@/emails/campaign-update";
import { loadSender } from "./sender";
import { emailKind } from "./email-kind";
import { canonicalEmail } from "./canonical";
import type { Locale } from "@/lib/i18n/routing";
import { placeholder } from "./placeholders";
import { renderEmail } from "./render-email";

export type BroadcastRecipient = { supporterId: string; email: string; name: string; locale: Locale };

export type QueueBroadcastInput = {
  /** Prefix of every message's idempotency key, e.g. update/<updateId>: re-queuing skips who has it. */
  idempotencyPrefix: string;
  content: Record<Locale, Omit<CampaignUpdateProps, "recipientName">>;
  recipients: BroadcastRecipient[];
  createdBy?: string | null;
};

const INSERT_CHUNK = 1_000;
// Resend's batch endpoint takes at most 100 emails a call.
const BATCH_SIZE = 100;

/**
 * Queues one bulk email to many supporters inside the caller's transaction: renders it once per
 * language with per-recipient placeholders, records a message per recipient (at most one per
 * idempotency key, ever), and enqueues one batch job per 100 messages.
 */
export async function queueBroadcast(tx: UnitOfWork, input: QueueBroadcastInput): Promise<{ broadcastId: string; queued: number }> {
  const sender = (await loadSender(tx.db)).identity;
  const unsubscribe = { unsubscribeUrl: placeholder("unsubscribe_url"), preferencesUrl: placeholder("preferences_url") };
  const render = (locale: Locale) => renderEmail("campaign-update", { ...input.content[locale], recipientName: placeholder("name") }, { locale, sender, unsubscribe });
  const [en, fr] = await Promise.all([render("en"), render("fr")]);
  const [broadcast] = await tx.db
    .insert(emailBroadcasts)
    .values({ kind: emailKind("campaign-update"), rendered: { en, fr }, createdBy: input.createdBy ?? null })
    .returning({ id: emailBroadcasts.id });
  const broadcastId = broadcast!.id;

  const ids: string[] = [];
  for (let start = 0; start < input.recipients.length; start += INSERT_CHUNK) {
    const rows = input.recipients.slice(start, start + INSERT_CHUNK).map((recipient) => ({
      idempotencyKey: `${input.idempotencyPrefix}/${recipient.supporterId}`,
      kind: emailKind("campaign-update"),
      category: "bulk" as const,
      broadcastId,
      locale: recipient.locale,
      toAddress: recipient.email,
      toName: recipient.name,
      canonicalTo: canonicalEmail(recipient.email),
      supporterId: recipient.supporterId,
    }));
    const inserted = await tx.db.insert(emailMessages).values(rows).onConflictDoNothing({ target: emailMessages.idempotencyKey }).returning({ id: emailMessages.id });
    ids.push(...inserted.map((row) => row.id));
  }
  const jobs: { broadcastId: string; messageIds: string[] }[] = [];
  for (let start = 0; start < ids.length; start += BATCH_SIZE) jobs.push({ broadcastId, messageIds: ids.slice(start, start + BATCH_SIZE) });
  await tx.enqueueMany("mail.send-batch", jobs);
  return { broadcastId, queued: ids.length };
}
