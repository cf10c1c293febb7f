import "server-only";
import { eq } from "drizzle-orm";
import { emailMessages } from "@/db/schema";
import { templates, type TemplateName } from "@/emails/registry";
import type { TransactionContext } from "@/jobs/transaction";
import { seal } from "@/lib/crypto/seal";
import { canonicalEmail } from "@/server/mail/canonical";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";

export type QueueEmailInput = {
  kind: string;
  category: "transactional" | "bulk" | "letter";
  template: TemplateName;
  props: Record<string, unknown>;
  /** Props that carry a secret (a link with a token): stored encrypted, erased once sent. */
  secretProps?: Record<string, unknown>;
  locale: Locale;
  to: string;
  toName?: string | null;
  supporterId?: string | null;
  replyTo?: string | null;
  fromName?: string | null;
  /** Derived from what is sent (e.g. confirm/<signatureId>): queuing the same key twice sends once. */
  idempotencyKey: string;
};

/**
 * Records an email and enqueues its sending, inside the caller's transaction: if that rolls back,
 * neither the message nor its job exist. Props are validated now, not when the worker renders.
 * Returns the message id and whether it was new.
 */
export async function queueEmail(tx: TransactionContext, input: QueueEmailInput): Promise<{ messageId: string; queued: boolean }> {
  // Validated whole now, so that a bad email fails here rather than in the worker.
  templates[input.template].props.parse({ ...input.props, ...input.secretProps });
  const props = input.props;
  const [inserted] = await tx.db
    .insert(emailMessages)
    .values({
      idempotencyKey: input.idempotencyKey,
      kind: input.kind,
      category: input.category,
      template: input.template,
      props,
      sealedProps: input.secretProps ? seal(env().AUTH_SECRET, input.secretProps) : null,
      locale: input.locale,
      toAddress: input.to.trim(),
      toName: input.toName ?? null,
      canonicalTo: canonicalEmail(input.to),
      supporterId: input.supporterId ?? null,
      replyTo: input.replyTo ?? null,
      fromName: input.fromName ?? null,
    })
    .onConflictDoNothing({ target: emailMessages.idempotencyKey })
    .returning({ id: emailMessages.id });
  if (!inserted) {
    const [existing] = await tx.db.select({ id: emailMessages.id }).from(emailMessages).where(eq(emailMessages.idempotencyKey, input.idempotencyKey));
    return { messageId: existing!.id, queued: false };
  }
  await tx.enqueue("mail.send", { messageId: inserted.id });
  return { messageId: inserted.id, queued: true };
}
