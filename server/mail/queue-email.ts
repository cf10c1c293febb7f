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
 * The email_messages row of an email to queue, its props checked by the template's schema now (so
 * a bad email fails where it was made, not in the worker) and split into the stored props and the
 * sealed secrets. queueEmail inserts it; a statement that writes its own row (the signing CTE) can
 * take its values from here, so that kind, secrets and addresses are derived in one place.
 */
export function messageValues<Name extends TemplateName>(input: QueueEmailInput<Name>): typeof emailMessages.$inferInsert {
  const template = templates[input.template];
  template.props.parse(input.props);
  const secretKeys: readonly string[] = template.secret ?? [];
  const given = Object.entries(input.props);
  const props = Object.fromEntries(given.filter(([key]) => !secretKeys.includes(key)));
  const secrets = Object.fromEntries(given.filter(([key]) => secretKeys.includes(key)));
  return {
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
  };
}

/**
 * Records an email and enqueues its sending, inside the caller's transaction: if that rolls back,
 * neither the message nor its job exist. Props are validated now, not when the worker renders.
 * Returns the message id and whether it was new.
 */
export async function queueEmail<Name extends TemplateName>(tx: UnitOfWork, input: QueueEmailInput<Name>): Promise<{ messageId: string; queued: boolean }> {
  const [inserted] = await tx.db.insert(emailMessages).values(messageValues(input)).onConflictDoNothing({ target: emailMessages.idempotencyKey }).returning({ id: emailMessages.id });
  if (!inserted) {
    const [existing] = await tx.db.select({ id: emailMessages.id }).from(emailMessages).where(eq(emailMessages.idempotencyKey, input.idempotencyKey));
    return { messageId: existing!.id, queued: false };
  }
  await tx.enqueue("mail.send", { messageId: inserted.id });
  return { messageId: inserted.id, queued: true };
}
