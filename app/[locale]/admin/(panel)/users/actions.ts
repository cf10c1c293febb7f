"use server";

import { revalidatePath } from "next/cache";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { adminAction } from "@/server/auth/admin-action";
import { changeUserRole } from "@/server/users/change-user-role";
import { inviteUser } from "@/server/users/invite-user";
import { setUserEnabled } from "@/server/users/set-user-enabled";

export type InviteState = FormState & { invited?: string };

export const inviteUserAction = adminAction("inviteUserAction", async (_actor, _state: InviteState, form: FormData): Promise<InviteState> => {
  const input = Object.fromEntries(form);
  const result = await inviteUser(input);
  if (!result.ok) return { errors: result.errors, values: formValues(form) };
  revalidatePath("/[locale]/admin/users", "page");
  return { invited: String(input.email) };
});

export const changeRoleAction = adminAction("changeRoleAction", async (_actor, form: FormData) => {
  const result = await changeUserRole(Object.fromEntries(form));
  revalidatePath("/[locale]/admin/users", "page");
  return result;
});

export const setUserEnabledAction = adminAction("setUserEnabledAction", async (_actor, form: FormData) => {
  const result = await setUserEnabled(Object.fromEntries(form));
  revalidatePath("/[locale]/admin/users", "page");
  return result;
});
