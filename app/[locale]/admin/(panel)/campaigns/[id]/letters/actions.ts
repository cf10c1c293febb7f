"use server";

import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { adminAction } from "@/server/auth/admin-action";
import { retryFailedLetters } from "@/server/letters/retry-failed-letters";
import { saveLetterAction } from "@/server/letters/save-letter-action";

export const saveLetterActionAction = adminAction("saveLetterActionAction", async (_actor, form: FormData) => {
  const locale = String(form.get("locale"));
  const id = String(form.get("campaignId"));
  const result = await saveLetterAction({ ...Object.fromEntries(form), fixedTargetIds: form.getAll("fixedTargetIds") });
  const query = result.ok ? { saved: "1" } : Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [`error_${field}`, error]));
  return redirect({ href: { pathname: "/admin/campaigns/[id]/letters", params: { id }, query }, locale: isLocale(locale) ? locale : "en" });
});

export const retryFailedLettersAction = adminAction("retryFailedLettersAction", async (_actor, form: FormData) => {
  const locale = String(form.get("locale"));
  const id = String(form.get("campaignId"));
  const result = await retryFailedLetters({ campaignId: id, target: form.get("target") });
  const query = result.ok ? { retried: String(result.retried), skipped: String(result.skipped) } : { retryError: result.error };
  return redirect({ href: { pathname: "/admin/campaigns/[id]/letters", params: { id }, query }, locale: isLocale(locale) ? locale : "en" });
});
