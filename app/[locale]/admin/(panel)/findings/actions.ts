"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { formValues } from "@/lib/forms/form-state";
import { authorize } from "@/server/auth/permissions";
import { staffAction } from "@/server/auth/staff-action";
import type { FindingEditorState } from "@/server/findings/admin/finding-form";
import { saveFinding } from "@/server/findings/admin/save-finding";
import { forgetPublicReads } from "@/server/public-pages/public-read";

/** The finding editor's button: errors come back with what was typed; a new record goes on to its own page. */
export const saveFindingAction = staffAction(async (ctx, _state: FindingEditorState, form: FormData): Promise<FindingEditorState> => {
  // The verb checks too; this refuses a post before its input is read, even one with none (tests/e2e/admin-access.spec.ts).
  authorize(ctx, "findings.edit");
  const fields = Object.fromEntries([...form].map(([key, value]) => [key, String(value)]));
  const values = formValues(form);
  const existing = fields.existingId || null;
  const result = await saveFinding(ctx, existing, fields);
  if (!result.ok) return { errors: result.fields ?? { form: result.error }, values };
  // The public timeline, the finding's page and the campaigns and updates citing it show the change at once.
  forgetPublicReads();
  revalidatePath("/[locale]/findings", "layout");
  if (!existing && isLocale(fields.locale)) redirect({ href: { pathname: "/admin/findings/[id]", params: { id: result.id }, query: { created: "1" } }, locale: fields.locale });
  return { saved: true, values, incomplete: result.incomplete };
});
