"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { adminAction } from "@/server/auth/admin-action";
import { saveFinding } from "@/server/findings/admin/save-finding";

export type FindingEditorState = { errors?: Record<string, string>; values?: Record<string, string>; saved?: boolean; incomplete?: boolean };

/** The finding editor's button: errors come back with what was typed; a new record goes on to its own page. */
export const saveFindingAction = adminAction("saveFindingAction", async (_actor, _state: FindingEditorState, form: FormData): Promise<FindingEditorState> => {
  const values = Object.fromEntries([...form].map(([key, value]) => [key, String(value)]));
  const existing = values.existingId || null;
  const result = await saveFinding(existing, values);
  if (!result.ok) return { errors: result.errors, values };
  // The public timeline and the finding's page show the change at once.
  revalidatePath("/[locale]/findings", "layout");
  if (!existing && isLocale(values.locale)) redirect({ href: { pathname: "/admin/findings/[id]", params: { id: result.id }, query: { created: "1" } }, locale: values.locale });
  return { saved: true, values, incomplete: result.incomplete };
});
