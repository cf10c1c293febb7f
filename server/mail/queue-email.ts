import "server-only";
import { eq } from "drizzle-orm";
import { emailMessages } from "@/db/schema";
import type { UnitOfWork } from "@/db/transaction";
import { templates, type TemplateName, type TemplateProps } from "@/emails/registry";
import { seal } from "@/lib/crypto/seal";
import { canonicalEmail } from "./canonical";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";
import { emailKind } from "./email-kind";

type Envelope = {
  category: "transactional" | "bulk" | "letter";
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
 * An email to queue: its template by name and that template's props, typed and checked by its
 * schema (emails/registry.tsx). Props the template declares secret are stored encrypted and
 * erased once sent; the kind the outbox shows follows from the template (email-kind.ts).
 */
export type QueueEmailInput<Name extends TemplateName = TemplateName> = { [N in Name]: Envelope & { template: N; props: TemplateProps<N> } }[Name];

/**
 * Records an email and enqueues its sending, inside the caller's transaction: if that rolls back,
 * neither the message nor its job exist. Props are validated now, not when the worker renders.
 * Returns the message id and whether it was new.
 */
export async function queueEmail<Name extends TemplateName>(tx: UnitOfWork, input: QueueEmailInput<Name>): Promise<{ messageId: string; queued: boolean }> {
  const template = templates[input.template];
  // Validated now, so that a bad email fails here rather than in the worker.
  template.props.parse(input.props);
  const secretKeys: readonly string[] = template.secret ?? [];
  const given = Object.entries(input.props);
  const props = Object.fromEntries(given.filter(([key]) => !secretKeys.includes(key)));
  const secrets = Object.fromEntries(given.filter(([key]) => secretKeys.includes(key)));
  const [inserted] = await tx.db
    .insert(emailMessages)
    .values({
      idempotencyKey: input.idempotencyKey,
      kind: emailKind(input.template),
      category: input.category,
      template: input.template,
      props,
      sealedProps: secretKeys.length > 0 ? seal(env().AUTH_SECRET, secrets) : null,
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
