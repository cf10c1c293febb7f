"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { adminAction } from "@/server/auth/admin-action";
import { saveFinding } from "@/server/findings/admin/save-finding";
import { forgetPublicReads } from "@/server/public-pages/public-read";

export type FindingEditorState = FormState & { saved?: boolean; incomplete?: boolean };

/** The finding editor's button: errors come back with what was typed; a new record goes on to its own page. */
export const saveFindingAction = adminAction("saveFindingAction", async (_actor, _state: FindingEditorState, form: FormData): Promise<FindingEditorState> => {
  const fields = Object.fromEntries([...form].map(([key, value]) => [key, String(value)]));
  const values = formValues(form);
  const existing = fields.existingId || null;
  const result = await saveFinding(existing, fields);
  if (!result.ok) return { errors: result.errors, values };
  // The public timeline, the finding's page and the campaigns and updates citing it show the change at once.
  forgetPublicReads();
  revalidatePath("/[locale]/findings", "layout");
  if (!existing && isLocale(fields.locale)) redirect({ href: { pathname: "/admin/findings/[id]", params: { id: result.id }, query: { created: "1" } }, locale: fields.locale });
  return { saved: true, values, incomplete: result.incomplete };
});
