"use server";

import { revalidatePath } from "next/cache";
import { postedFields } from "@/lib/forms/posted-fields";
import { formValues } from "@/lib/forms/form-state";
import { staffAction } from "@/server/auth/staff-action";
import { saveSettings, type SettingsState } from "@/server/organisation/save-settings";
import { forgetPublicReads } from "@/server/public-pages/public-read";

export const saveSettingsAction = staffAction(async (ctx, _state: SettingsState, form: FormData): Promise<SettingsState> => {
  const result = await saveSettings(ctx, postedFields(form));
  // What was typed comes back with the answer, so a refused save loses nothing.
  const values = formValues(form);
  if (!result.ok) return { errors: result.fields, values };
  // The organisation's name and address appear in every public page's footer.
  forgetPublicReads();
  revalidatePath("/", "layout");
  return { saved: true, values };
});
