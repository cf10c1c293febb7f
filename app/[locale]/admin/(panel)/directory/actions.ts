"use server";

import { revalidatePath } from "next/cache";
import { postedFields } from "@/lib/forms/posted-fields";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { staffAction } from "@/server/auth/staff-action";
import { addFixedTarget } from "@/server/directory/admin/add-fixed-target";
import { addProvincialMember } from "@/server/directory/admin/add-provincial-member";
import { saveRepresentative } from "@/server/directory/admin/save-representative";
import { setFixedTargetEnabled } from "@/server/directory/admin/set-fixed-target-enabled";

/*
 * The directory's forms answer in place (PanelForm): a refused save comes back with what was
 * typed and its errors; a done one with what to say, the page's lists refreshed. An added record
 * starts a blank form; an edited one keeps its values.
 */

export const saveRepresentativeAction = staffAction(async (ctx, _state: FormState, form: FormData): Promise<FormState> => {
  const result = await saveRepresentative(ctx, postedFields(form));
  const values = formValues(form);
  if (!result.ok) return { errors: result.fields, values };
  revalidatePath("/[locale]/admin/directory", "layout");
  return { done: "saved", values };
});

export const addFixedTargetAction = staffAction(async (ctx, _state: FormState, form: FormData): Promise<FormState> => {
  const result = await addFixedTarget(ctx, postedFields(form));
  if (!result.ok) return { errors: result.fields, values: formValues(form) };
  revalidatePath("/[locale]/admin/directory", "page");
  return { done: "added" };
});

export const addProvincialMemberAction = staffAction(async (ctx, _state: FormState, form: FormData): Promise<FormState> => {
  const result = await addProvincialMember(ctx, postedFields(form));
  if (!result.ok) return { errors: result.fields, values: formValues(form) };
  revalidatePath("/[locale]/admin/directory", "page");
  return { done: "memberAdded" };
});

export const setFixedTargetEnabledAction = staffAction(async (ctx, form: FormData) => {
  const result = await setFixedTargetEnabled(ctx, postedFields(form));
  revalidatePath("/[locale]/admin/directory", "page");
  return result;
});
