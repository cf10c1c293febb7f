"use server";

import { revalidatePath } from "next/cache";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { adminAction } from "@/server/auth/admin-action";
import { addProvincialMember } from "@/server/directory/admin/add-provincial-member";
import { saveRepresentative } from "@/server/directory/admin/save-representative";
import { addFixedTarget, setFixedTargetEnabled } from "@/server/directory/admin/save-fixed-target";

/*
 * The directory's forms answer in place (PanelForm): a refused save comes back with what was
 * typed and its errors; a done one with what to say, the page's lists refreshed. An added record
 * starts a blank form; an edited one keeps its values.
 */

export const saveRepresentativeAction = adminAction("saveRepresentativeAction", async (_actor, _state: FormState, form: FormData): Promise<FormState> => {
  const result = await saveRepresentative(Object.fromEntries(form));
  const values = formValues(form);
  if (!result.ok) return { errors: result.errors, values };
  revalidatePath("/[locale]/admin/directory", "layout");
  return { done: "saved", values };
});

export const addFixedTargetAction = adminAction("addFixedTargetAction", async (_actor, _state: FormState, form: FormData): Promise<FormState> => {
  const result = await addFixedTarget(Object.fromEntries(form));
  if (!result.ok) return { errors: result.errors, values: formValues(form) };
  revalidatePath("/[locale]/admin/directory", "page");
  return { done: "added" };
});

export const addProvincialMemberAction = adminAction("addProvincialMemberAction", async (_actor, _state: FormState, form: FormData): Promise<FormState> => {
  const result = await addProvincialMember(Object.fromEntries(form));
  if (!result.ok) return { errors: result.errors, values: formValues(form) };
  revalidatePath("/[locale]/admin/directory", "page");
  return { done: "memberAdded" };
});

export const setFixedTargetEnabledAction = adminAction("setFixedTargetEnabledAction", async (_actor, form: FormData) => {
  const result = await setFixedTargetEnabled(Object.fromEntries(form));
  revalidatePath("/[locale]/admin/directory", "page");
  return result;
});
