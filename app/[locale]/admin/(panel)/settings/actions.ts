"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/server/auth/admin-action";
import { saveSettings } from "@/server/organisation/save-settings";

export type SettingsState = { errors?: Record<string, string>; saved?: boolean };

export const saveSettingsAction = adminAction("saveSettingsAction", async (_actor, _state: SettingsState, form: FormData): Promise<SettingsState> => {
  const result = await saveSettings(Object.fromEntries(form));
  if (!result.ok) return { errors: result.errors };
  // The organisation's name and address appear in every public page's footer.
  revalidatePath("/", "layout");
  return { saved: true };
});
