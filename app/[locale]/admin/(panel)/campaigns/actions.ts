"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { staffAction } from "@/server/auth/staff-action";
import { changeCampaignStatus } from "@/server/campaigns/admin/change-campaign-status";
import { saveCampaign } from "@/server/campaigns/admin/save-campaign";
import type { EditorState } from "@/components/admin/campaign-editor";
import { refreshPublicPages } from "./refresh-public-pages";
import { formValues, type FormState } from "@/lib/forms/form-state";

export const saveCampaignAction = staffAction(async (ctx, _state: EditorState, form: FormData): Promise<EditorState> => {
  // The verb authorizes before it reads the form: the form is read here only once it has answered.
  const result = await saveCampaign(ctx, form);
  // What was typed comes back with the answer, so the form shows it rather than the saved record.
  const values = formValues(form);
  if (!result.ok) return { errors: result.fields ?? { form: result.error }, values };
  refreshPublicPages();
  revalidatePath("/[locale]/admin/campaigns", "page");
  const locale = String(form.get("locale"));
  // A new campaign goes on to its own editor page; an existing one stays, saved.
  if (!form.get("campaignId") && isLocale(locale)) redirect({ href: { pathname: "/admin/campaigns/[id]", params: { id: result.id }, query: { created: "1" } }, locale });
  return { saved: true, values };
});

/** Confirms a change of state: refused in place (PanelForm) when the box is not ticked or the change is not possible. */
export const changeStatusAction = staffAction(async (ctx, _state: FormState, form: FormData): Promise<FormState> => {
  const result = await changeCampaignStatus(ctx, form);
  if (!result.ok) return { errors: result.error === "unconfirmed" ? { confirm: "unconfirmed" } : { form: "notAllowed" }, values: formValues(form) };
  refreshPublicPages();
  revalidatePath("/[locale]/admin/campaigns", "page");
  const locale = String(form.get("locale"));
  if (!isLocale(locale)) return { done: "changed" };
  const id = String(form.get("campaignId"));
  return redirect({ href: { pathname: "/admin/campaigns/[id]", params: { id }, query: { status: "changed" } }, locale });
});
