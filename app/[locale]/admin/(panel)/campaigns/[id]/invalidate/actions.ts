"use server";

import { revalidatePath } from "next/cache";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { staffAction } from "@/server/auth/staff-action";
import { invalidateMatching } from "@/server/signatures/admin/invalidate-matching";
import { invalidateOne } from "@/server/signatures/admin/invalidate-one";
import { restoreSignature } from "@/server/signatures/admin/restore-signature";
import { undoInvalidation } from "@/server/signatures/admin/undo-invalidation";

// Each action hands its form to the verb untouched: the verb checks the role before it reads a field.
function localeOf(form: FormData) {
  const locale = String(form.get("locale"));
  return isLocale(locale) ? locale : "en";
}

/** Invalidates one signature; a refusal comes back in place (PanelForm) with the mark and reason as typed. */
export const invalidateSignatureAction = staffAction(async (context, _state: FormState, form: FormData): Promise<FormState> => {
  const result = await invalidateOne(context, form);
  // A missing or overlong reason is marked beside its field; nothing changed (another organiser was
  // first, or the signature is gone) is said at the top. Either way what was typed stays.
  if (!result.ok && (result.error === "reasonRequired" || result.error === "tooLong")) return { errors: { reason: result.error }, values: formValues(form) };
  if (!result.ok || result.changed === 0) return { errors: { form: "notChanged" }, values: formValues(form) };
  const id = String(form.get("campaignId"));
  const signatureId = String(form.get("signatureId"));
  revalidatePath("/[locale]/admin", "layout");
  return redirect({
    href: { pathname: "/admin/campaigns/[id]/signatures/[signatureId]", params: { id, signatureId }, query: { done: "invalidated" } },
    locale: localeOf(form),
  });
});

/** Restores an invalidated signature; a missing reason comes back in place (PanelForm), beside its field. */
export const restoreSignatureAction = staffAction(async (context, _state: FormState, form: FormData): Promise<FormState> => {
  const result = await restoreSignature(context, form);
  if (!result.ok && (result.error === "reasonRequired" || result.error === "tooLong")) return { errors: { reason: result.error }, values: formValues(form) };
  const id = String(form.get("campaignId"));
  const signatureId = String(form.get("signatureId"));
  revalidatePath("/[locale]/admin", "layout");
  return redirect({
    href: { pathname: "/admin/campaigns/[id]/signatures/[signatureId]", params: { id, signatureId }, query: { done: result.ok ? "restored" : result.error } },
    locale: localeOf(form),
  });
});

export const invalidateMatchingAction = staffAction(async (context, form: FormData) => {
  const result = await invalidateMatching(context, form);
  const fields = Object.fromEntries(form);
  const id = String(form.get("campaignId"));
  revalidatePath("/[locale]/admin", "layout");
  const { ipHash = "", emailDomain = "", from = "", to = "", mark = "", reason = "" } = fields as Record<string, string>;
  // A refusal comes back to the preview with the reason as typed, so nothing has to be typed again.
  const outcome = result.ok ? { done: String(result.changed) } : { error: result.error, preview: "1", reason };
  return redirect({
    href: { pathname: "/admin/campaigns/[id]/invalidate", params: { id }, query: { ipHash, emailDomain, from, to, mark, ...outcome } },
    locale: localeOf(form),
  });
});

/**
 * Undoes a bulk invalidation; a missing reason, or a request that no longer matches anything, comes
 * back in place (PanelForm) with the reason as typed. Done, it goes back to the list, which says how
 * many signatures were restored (or that it had already been undone).
 */
export const undoInvalidationAction = staffAction(async (context, _state: FormState, form: FormData): Promise<FormState> => {
  const result = await undoInvalidation(context, form);
  if (!result.ok && (result.error === "reasonRequired" || result.error === "tooLong")) return { errors: { reason: result.error }, values: formValues(form) };
  if (!result.ok) return { errors: { form: result.error }, values: formValues(form) };
  const id = String(form.get("campaignId"));
  revalidatePath("/[locale]/admin", "layout");
  return redirect({
    href: { pathname: "/admin/campaigns/[id]/invalidate", params: { id }, query: { undone: result.alreadyUndone ? "again" : String(result.restored) } },
    locale: localeOf(form),
  });
});
