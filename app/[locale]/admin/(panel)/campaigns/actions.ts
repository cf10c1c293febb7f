"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { authorize } from "@/server/auth/permissions";
import { staffAction } from "@/server/auth/staff-action";
import { changeCampaignStatus } from "@/server/campaigns/admin/change-campaign-status";
import { saveCampaign } from "@/server/campaigns/admin/save-campaign";
import type { EditorState } from "@/components/admin/campaign-editor";
import { refreshPublicPages } from "./refresh-public-pages";
import { formValues, type FormState } from "@/lib/forms/form-state";

export const saveCampaignAction = staffAction(async (ctx, _state: EditorState, form: FormData): Promise<EditorState> => {
  // The verb checks too; this refuses a post before its input is read, even one with none (tests/e2e/admin-access.spec.ts).
  authorize(ctx, "campaign.edit");
  const id = form.get("campaignId");
  const locale = String(form.get("locale"));
  // Checkboxes of one name send several values, which Object.fromEntries would cut to the last.
  const result = await saveCampaign(ctx, typeof id === "string" && id ? id : null, { ...Object.fromEntries(form), findings: form.getAll("findings") });
  // What was typed comes back with the answer, so the form shows it rather than the saved record.
  const values = formValues(form);
  if (!result.ok) return { errors: result.fields ?? { form: result.error }, values };
  refreshPublicPages();
  revalidatePath("/[locale]/admin/campaigns", "page");
  // A new campaign goes on to its own editor page; an existing one stays, saved.
  if (!id && isLocale(locale)) redirect({ href: { pathname: "/admin/campaigns/[id]", params: { id: result.id }, query: { created: "1" } }, locale });
  return { saved: true, values };
});

/** Confirms a change of state: refused in place (PanelForm) when the box is not ticked or the change is not possible. */
export const changeStatusAction = staffAction(async (ctx, _state: FormState, form: FormData): Promise<FormState> => {
  authorize(ctx, "campaign.change-status");
  const locale = String(form.get("locale"));
  const result = await changeCampaignStatus(ctx, Object.fromEntries(form));
  if (!result.ok) return { errors: result.error === "unconfirmed" ? { confirm: "unconfirmed" } : { form: "notAllowed" }, values: formValues(form) };
  refreshPublicPages();
  revalidatePath("/[locale]/admin/campaigns", "page");
  if (!isLocale(locale)) return { done: "changed" };
  const id = String(form.get("campaignId"));
  return redirect({ href: { pathname: "/admin/campaigns/[id]", params: { id }, query: { status: "changed" } }, locale });
});
