import "server-only";
import { postedFields } from "@/lib/forms/posted-fields";
import { isLocale } from "@/lib/i18n/routing";
import { failed, ok, type Result } from "@/lib/result";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";
import { queueEmail } from "@/server/mail/queue-email";
import { updateEmailContent } from "./update-email-content";

/**
 * The test send: the update exactly as subscribers will get it, in one language, to the organiser
 * asking (never to anyone else), marked as a test. May be repeated: each is a new message. `raw`
 * is the form as posted (or its fields): the `updateId` and the `language` (English unless French).
 */
export async function sendUpdateTest(ctx: Context, raw: unknown): Promise<Result<{ to: string }, "notFound">> {
  const actor = authorize(ctx, "updates.send");
  const fields = postedFields(raw);
  const updateId = String(fields.updateId);
  const language = String(fields.language);
  const locale = isLocale(language) ? language : "en";
  const content = await updateEmailContent(ctx, updateId);
  if (!content) return failed("notFound");
  await transaction(ctx, (tx) =>
    queueEmail(tx, {
      category: "transactional",
      template: "campaign-update-test",
      props: { ...content[locale], recipientName: actor.email },
      locale,
      to: actor.email,
      idempotencyKey: `update-test/${updateId}/${actor.userId}/${Date.now()}`,
    }),
  );
  return ok({ to: actor.email });
}
