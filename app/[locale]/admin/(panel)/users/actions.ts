"use server";

import { revalidatePath } from "next/cache";
import { postedFields } from "@/lib/forms/posted-fields";
import { formValues } from "@/lib/forms/form-state";
import { staffAction } from "@/server/auth/staff-action";
import { changeUserRole } from "@/server/users/change-user-role";
import { inviteUser, type InviteState } from "@/server/users/invite-user";
import { setUserEnabled } from "@/server/users/set-user-enabled";

export const inviteUserAction = staffAction(async (ctx, _state: InviteState, form: FormData): Promise<InviteState> => {
  const input = postedFields(form);
  const result = await inviteUser(ctx, input);
  if (!result.ok) return { errors: result.fields, values: formValues(form) };
  revalidatePath("/[locale]/admin/users", "page");
  return { invited: String(input.email) };
});

export const changeRoleAction = staffAction(async (ctx, form: FormData) => {
  const result = await changeUserRole(ctx, postedFields(form));
  revalidatePath("/[locale]/admin/users", "page");
  return result;
});

export const setUserEnabledAction = staffAction(async (ctx, form: FormData) => {
  const result = await setUserEnabled(ctx, postedFields(form));
  revalidatePath("/[locale]/admin/users", "page");
  return result;
});
