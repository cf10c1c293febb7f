"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { adminAction } from "@/server/auth/admin-action";
import { addProvincialMember } from "@/server/directory/admin/add-provincial-member";
import { saveRepresentative } from "@/server/directory/admin/save-representative";
import { addFixedTarget, setFixedTargetEnabled } from "@/server/directory/admin/save-fixed-target";

const localeOf = (form: FormData) => {
  const locale = String(form.get("locale"));
  return isLocale(locale) ? locale : "en";
};
const errorQuery = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([field, error]) => [`error_${field}`, error]));

export const saveRepresentativeAction = adminAction("saveRepresentativeAction", async (_actor, form: FormData) => {
  const result = await saveRepresentative(Object.fromEntries(form));
  const representativeId = String(form.get("id"));
  return redirect({ href: { pathname: "/admin/directory/[representativeId]", params: { representativeId }, query: result.ok ? { saved: "1" } : errorQuery(result.errors) }, locale: localeOf(form) });
});

export const addFixedTargetAction = adminAction("addFixedTargetAction", async (_actor, form: FormData) => {
  const result = await addFixedTarget(Object.fromEntries(form));
  return redirect({ href: { pathname: "/admin/directory", query: result.ok ? { added: "1" } : errorQuery(result.errors) }, locale: localeOf(form) });
});

export const addProvincialMemberAction = adminAction("addProvincialMemberAction", async (_actor, form: FormData) => {
  const result = await addProvincialMember(Object.fromEntries(form));
  // Prefixed: the fixed-target form on the same page has fields of the same names.
  const query = result.ok ? { memberAdded: "1", level: "provincial" } : Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [`error_member_${field}`, error]));
  return redirect({ href: { pathname: "/admin/directory", query }, locale: localeOf(form) });
});

export const setFixedTargetEnabledAction = adminAction("setFixedTargetEnabledAction", async (_actor, form: FormData) => {
  const result = await setFixedTargetEnabled(Object.fromEntries(form));
  revalidatePath("/[locale]/admin/directory", "page");
  return result;
});
