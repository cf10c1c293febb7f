"use server";

import { revalidatePath } from "next/cache";
import type { UpdateEditorState } from "@/components/admin/update-editor";
import { formValues } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { staffAction } from "@/server/auth/staff-action";
import { saveUpdate } from "@/server/updates/save-update";
import { unpublishUpdate } from "@/server/updates/unpublish-update";
import { editorErrors } from "@/server/updates/update-input";
import { refreshPublicPages } from "../../refresh-public-pages";

/** The updates indexes, feeds and API read the database on each request (behind a short CDN cache). */
function refreshPages() {
  refreshPublicPages();
  revalidatePath("/[locale]/admin/campaigns/[id]/updates", "layout");
}

export const saveUpdateAction = staffAction(async (ctx, _state: UpdateEditorState, form: FormData): Promise<UpdateEditorState> => {
  // The verb authorizes before it reads the form: the form is read here only once it has answered.
  const result = await saveUpdate(ctx, form);
  // What was typed comes back with the answer, so the form shows it rather than the saved update.
  const values = formValues(form);
  if (!result.ok) return { errors: editorErrors(result.fields ?? { form: result.error }, result.unknownFindings), values };
  refreshPages();
  const locale = String(form.get("locale"));
  // A new update goes on to its own editor page; an existing one stays, saved.
  if (!form.get("updateId") && isLocale(locale)) {
    redirect({ href: { pathname: "/admin/campaigns/[id]/updates/[updateId]", params: { id: String(form.get("campaignId")), updateId: result.id }, query: { saved: result.status } }, locale });
  }
  return { saved: result.status, values };
});

export const unpublishUpdateAction = staffAction(async (ctx, form: FormData) => {
  const result = await unpublishUpdate(ctx, form);
  const locale = String(form.get("locale"));
  if (!result.ok || !isLocale(locale)) return result;
  refreshPages();
  return redirect({ href: { pathname: "/admin/campaigns/[id]/updates/[updateId]", params: { id: result.campaignId, updateId: String(form.get("updateId")) }, query: { unpublished: "1" } }, locale });
});
