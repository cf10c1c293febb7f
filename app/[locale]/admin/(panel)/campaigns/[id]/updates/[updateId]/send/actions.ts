"use server";

import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { authorize } from "@/server/auth/permissions";
import { staffAction } from "@/server/auth/staff-action";
import { sendUpdate } from "@/server/updates/email/send-update";
import { sendUpdateTest } from "@/server/updates/email/send-update-test";

const back = (form: FormData, query: Record<string, string>) => {
  const locale = String(form.get("locale"));
  const [id, updateId] = [String(form.get("campaignId")), String(form.get("updateId"))];
  return redirect({ href: { pathname: "/admin/campaigns/[id]/updates/[updateId]/send", params: { id, updateId }, query }, locale: isLocale(locale) ? locale : "en" });
};

/** "Send to N people": refused, with the new count, if the audience changed since it was counted. */
export const sendUpdateAction = staffAction(async (ctx, form: FormData) => {
  // The verb checks too; this refuses a post before its input is read, even one with none (tests/e2e/admin-access.spec.ts).
  authorize(ctx, "updates.send");
  const result = await sendUpdate(ctx, String(form.get("updateId")), Object.fromEntries(form));
  if (result.ok) return back(form, { queued: String(result.recipients) });
  return back(form, { error: result.error, scope: String(form.get("scope") ?? ""), province: String(form.get("province") ?? "") });
});

/** "Send me a test": to the organiser's own address, in the language they choose. */
export const sendUpdateTestAction = staffAction(async (ctx, form: FormData) => {
  authorize(ctx, "updates.send");
  const language = String(form.get("language"));
  const result = await sendUpdateTest(ctx, String(form.get("updateId")), isLocale(language) ? language : "en");
  // A refused test keeps the language chosen, as a refused send keeps its audience.
  return back(form, result.ok ? { tested: result.to } : { error: result.error, language });
});
