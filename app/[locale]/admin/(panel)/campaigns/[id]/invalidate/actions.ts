"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { adminAction } from "@/server/auth/admin-action";
import { invalidateMatching } from "@/server/signatures/admin/invalidate-matching";
import { invalidateOne } from "@/server/signatures/admin/invalidate-one";
import { restoreSignature } from "@/server/signatures/admin/restore-signature";

function localeOf(form: FormData) {
  const locale = String(form.get("locale"));
  return isLocale(locale) ? locale : "en";
}

export const invalidateSignatureAction = adminAction("invalidateSignatureAction", async (_actor, form: FormData) => {
  const result = await invalidateOne(Object.fromEntries(form));
  const id = String(form.get("campaignId"));
  const signatureId = String(form.get("signatureId"));
  revalidatePath("/[locale]/admin", "layout");
  return redirect({
    href: { pathname: "/admin/campaigns/[id]/signatures/[signatureId]", params: { id, signatureId }, query: { done: result.ok ? "invalidated" : result.error } },
    locale: localeOf(form),
  });
});

export const restoreSignatureAction = adminAction("restoreSignatureAction", async (_actor, form: FormData) => {
  const result = await restoreSignature(Object.fromEntries(form));
  const id = String(form.get("campaignId"));
  const signatureId = String(form.get("signatureId"));
  revalidatePath("/[locale]/admin", "layout");
  return redirect({
    href: { pathname: "/admin/campaigns/[id]/signatures/[signatureId]", params: { id, signatureId }, query: { done: result.ok ? "restored" : result.error } },
    locale: localeOf(form),
  });
});

export const invalidateMatchingAction = adminAction("invalidateMatchingAction", async (_actor, form: FormData) => {
  const fields = Object.fromEntries(form);
  const result = await invalidateMatching(fields);
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
