"use server";

import { revalidatePath } from "next/cache";
import type { UpdateEditorState } from "@/components/admin/update-editor";
import { formValues } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { adminAction } from "@/server/auth/admin-action";
import { saveUpdate } from "@/server/updates/save-update";
import { unpublishUpdate } from "@/server/updates/unpublish-update";

/**
 * Pages that show updates are rendered ahead of time: after any change the campaign page, the
 * update pages and the finding pages (they list the updates citing them) are rebuilt. The updates
 * indexes, feeds and API read the database on each request (behind a short CDN cache).
 */
function refreshPublicPages(slug: string) {
  revalidatePath(`/en/campaigns/${slug}`);
  revalidatePath(`/fr/campagnes/${slug}`);
  revalidatePath("/[locale]/campaigns/[slug]/updates/[id]", "page");
  revalidatePath("/[locale]/findings/[id]", "page");
  revalidatePath("/[locale]/admin/campaigns/[id]/updates", "layout");
}

export const saveUpdateAction = adminAction("saveUpdateAction", async (_actor, _state: UpdateEditorState, form: FormData): Promise<UpdateEditorState> => {
  const result = await saveUpdate(Object.fromEntries(form));
  // What was typed comes back with the answer, so the form shows it rather than the saved update.
  const values = formValues(form);
  if (!result.ok) return { errors: result.errors, values };
  refreshPublicPages(result.campaignSlug);
  const locale = String(form.get("locale"));
  // A new update goes on to its own editor page; an existing one stays, saved.
  if (!form.get("updateId") && isLocale(locale)) {
    redirect({ href: { pathname: "/admin/campaigns/[id]/updates/[updateId]", params: { id: String(form.get("campaignId")), updateId: result.id }, query: { saved: result.status } }, locale });
  }
  return { saved: result.status, values };
});

export const unpublishUpdateAction = adminAction("unpublishUpdateAction", async (_actor, form: FormData) => {
  const result = await unpublishUpdate(form.get("updateId"));
  const locale = String(form.get("locale"));
  if (!result.ok || !isLocale(locale)) return result;
  refreshPublicPages(result.campaignSlug);
  return redirect({ href: { pathname: "/admin/campaigns/[id]/updates/[updateId]", params: { id: result.campaignId, updateId: String(form.get("updateId")) }, query: { unpublished: "1" } }, locale });
});
