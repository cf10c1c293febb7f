"use server";

import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { adminAction } from "@/server/auth/admin-action";
import { retryFailedLetters } from "@/server/letters/retry-failed-letters";
import { saveLetterAction } from "@/server/letters/save-letter-action";

/** What the letter editor shows again after a refused save: each problem, and every value as typed. */
// Values by field name; the ticked fixed targets as one comma-separated list of ids.
export type LetterFormState = { errors?: Record<string, string>; values?: Record<string, string> };

export const saveLetterActionAction = adminAction("saveLetterActionAction", async (_actor, _state: unknown, form: FormData) => {
  const locale = String(form.get("locale"));
  const id = String(form.get("campaignId"));
  const fields = Object.fromEntries([...form].filter(([key]) => key !== "fixedTargetIds" && !key.startsWith("$")).map(([key, value]) => [key, String(value)]));
  const fixedTargetIds = form.getAll("fixedTargetIds").map(String);
  const result = await saveLetterAction({ ...fields, fixedTargetIds });
  if (!result.ok) return { errors: result.errors, values: { ...fields, fixedTargetIds: fixedTargetIds.join(",") } } satisfies LetterFormState;
  return redirect({ href: { pathname: "/admin/campaigns/[id]/letters", params: { id }, query: { saved: "1" } }, locale: isLocale(locale) ? locale : "en" });
});

export const retryFailedLettersAction = adminAction("retryFailedLettersAction", async (_actor, form: FormData) => {
  const locale = String(form.get("locale"));
  const id = String(form.get("campaignId"));
  const result = await retryFailedLetters({ campaignId: id, target: form.get("target") });
  const query = result.ok ? { retried: String(result.retried), skipped: String(result.skipped) } : { retryError: result.error };
  return redirect({ href: { pathname: "/admin/campaigns/[id]/letters", params: { id }, query }, locale: isLocale(locale) ? locale : "en" });
});
