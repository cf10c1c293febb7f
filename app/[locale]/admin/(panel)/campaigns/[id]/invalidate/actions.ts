"use server";

import { revalidatePath } from "next/cache";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { adminAction } from "@/server/auth/admin-action";
import { invalidateMatching } from "@/server/signatures/admin/invalidate-matching";
import { invalidateOne } from "@/server/signatures/admin/invalidate-one";

function localeOf(form: FormData) {
  const locale = String(form.get("locale"));
  return isLocale(locale) ? locale : "en";
}

/** Invalidates one signature; a refusal comes back in place (PanelForm) with the mark and reason as typed. */
export const invalidateSignatureAction = adminAction("invalidateSignatureAction", async (_actor, _state: FormState, form: FormData): Promise<FormState> => {
  const result = await invalidateOne(Object.fromEntries(form));
  // Nothing changed (another organiser was first, or the signature is gone): say so, keep what was typed.
  if (!result.ok || result.changed === 0) return { errors: { form: "notChanged" }, values: formValues(form) };
  const id = String(form.get("campaignId"));
  const signatureId = String(form.get("signatureId"));
  revalidatePath("/[locale]/admin", "layout");
  return redirect({
    href: { pathname: "/admin/campaigns/[id]/signatures/[signatureId]", params: { id, signatureId }, query: { done: "invalidated" } },
    locale: localeOf(form),
  });
});

export const invalidateMatchingAction = adminAction("invalidateMatchingAction", async (_actor, form: FormData) => {
  const fields = Object.fromEntries(form);
  const result = await invalidateMatching(fields);
  const id = String(form.get("campaignId"));
  revalidatePath("/[locale]/admin", "layout");
  const { ipHash = "", emailDomain = "", from = "", to = "", mark = "" } = fields as Record<string, string>;
  const outcome = result.ok ? { done: String(result.changed) } : { error: result.error, preview: "1" };
  return redirect({
    href: { pathname: "/admin/campaigns/[id]/invalidate", params: { id }, query: { ipHash, emailDomain, from, to, mark, ...outcome } },
    locale: localeOf(form),
  });
});
