"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { formValues } from "@/lib/forms/form-state";
import { staffAction } from "@/server/auth/staff-action";
import type { FindingEditorState } from "@/server/findings/admin/finding-form";
import { saveFinding } from "@/server/findings/admin/save-finding";
import { forgetPublicReads } from "@/server/public-pages/public-read";

/** The finding editor's button: errors come back with what was typed; a new record goes on to its own page. */
export const saveFindingAction = staffAction(async (ctx, _state: FindingEditorState, form: FormData): Promise<FindingEditorState> => {
  // The verb authorizes before it reads the form: the form is read here only once it has answered.
  const result = await saveFinding(ctx, form);
  const values = formValues(form);
  if (!result.ok) return { errors: result.fields ?? { form: result.error }, values };
  // The public timeline, the finding's page and the campaigns and updates citing it show the change at once.
  forgetPublicReads();
  revalidatePath("/[locale]/findings", "layout");
  const locale = String(form.get("locale"));
  if (!form.get("existingId") && isLocale(locale)) redirect({ href: { pathname: "/admin/findings/[id]", params: { id: result.id }, query: { created: "1" } }, locale });
  return { saved: true, values, incomplete: result.incomplete };
});
