import "server-only";
import { transaction } from "@/jobs/transaction";
import type { Locale } from "@/lib/i18n/routing";
import { requireRole } from "@/server/auth/current-actor";
import { actionPolicy } from "@/server/auth/policy";
import { queueEmail } from "@/server/mail/queue-email";
import { updateEmailContent } from "./update-email-content";

/**
 * The test send: the update exactly as subscribers will get it, in one language, to the organiser
 * asking (never to anyone else), marked as a test. May be repeated: each is a new message.
 */
export async function sendUpdateTest(updateId: string, locale: Locale): Promise<{ ok: true; to: string } | { ok: false; error: "notFound" }> {
  const actor = await requireRole(actionPolicy.sendUpdateTestAction);
  const content = await updateEmailContent(updateId);
  if (!content) return { ok: false, error: "notFound" };
  await transaction((tx) =>
    queueEmail(tx, {
      category: "transactional",
      template: "campaign-update-test",
      props: { ...content[locale], recipientName: actor.email },
      locale,
      to: actor.email,
      idempotencyKey: `update-test/${updateId}/${actor.userId}/${Date.now()}`,
    }),
  );
  return { ok: true, to: actor.email };
}
