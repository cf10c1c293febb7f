"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { staffAction } from "@/server/auth/staff-action";
import { eraseSigner } from "@/server/privacy/admin/erase-signer";

/**
 * Erases the supporter behind a signature. The form goes to the verb untouched (it checks the role
 * before reading a field); done, the signatures list says so; refused for a reason the page can
 * show (the box unticked, already erased), the confirmation page comes back with it.
 */
export const eraseSignerAction = staffAction(async (context, form: FormData) => {
  const result = await eraseSigner(context, form);
  const fields = form instanceof FormData ? form : new FormData();
  const locale = String(fields.get("locale"));
  const id = String(fields.get("campaignId") ?? "");
  const signatureId = String(fields.get("signatureId") ?? "");
  revalidatePath("/[locale]/admin", "layout");
  if (result.ok) return redirect({ href: { pathname: "/admin/campaigns/[id]/signatures", params: { id }, query: { erased: "1" } }, locale: isLocale(locale) ? locale : "en" });
  if (result.error === "invalid") return redirect({ href: "/admin/campaigns", locale: isLocale(locale) ? locale : "en" });
  return redirect({ href: { pathname: "/admin/campaigns/[id]/signatures/[signatureId]/erase", params: { id, signatureId }, query: { error: result.error } }, locale: isLocale(locale) ? locale : "en" });
});
