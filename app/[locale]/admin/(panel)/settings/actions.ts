"use server";

import { revalidatePath } from "next/cache";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { adminAction } from "@/server/auth/admin-action";
import { saveSettings } from "@/server/organisation/save-settings";
import { forgetPublicReads } from "@/server/public-pages/public-read";

export type SettingsState = FormState & { saved?: boolean };

export const saveSettingsAction = adminAction("saveSettingsAction", async (_actor, _state: SettingsState, form: FormData): Promise<SettingsState> => {
  const result = await saveSettings(Object.fromEntries(form));
  // What was typed comes back with the answer, so a refused save loses nothing.
  const values = formValues(form);
  if (!result.ok) return { errors: result.errors, values };
  // The organisation's name and address appear in every public page's footer.
  forgetPublicReads();
  revalidatePath("/", "layout");
  return { saved: true, values };
});
