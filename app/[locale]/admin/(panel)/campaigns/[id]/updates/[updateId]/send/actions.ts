"use server";

import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
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
  // The verb authorizes before it reads the form: the form is read here only once it has answered.
  const result = await sendUpdate(ctx, form);
  if (result.ok) return back(form, { queued: String(result.recipients) });
  return back(form, { error: result.error, scope: String(form.get("scope") ?? ""), province: String(form.get("province") ?? "") });
});

/** "Send me a test": to the organiser's own address, in the language they choose. */
export const sendUpdateTestAction = staffAction(async (ctx, form: FormData) => {
  const result = await sendUpdateTest(ctx, form);
  // A refused test keeps the language chosen, as a refused send keeps its audience.
  return back(form, result.ok ? { tested: result.to } : { error: result.error, language: String(form.get("language")) });
});
