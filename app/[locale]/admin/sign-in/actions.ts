"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { requestSignInLink, type SignInState } from "@/server/auth/request-sign-in-link";

/** The public sign-in form (anyone may ask; only organisers receive a link). */
export async function signInAction(_state: SignInState, form: FormData): Promise<SignInState> {
  const current = await getLocale();
  const locale = isLocale(current) ? current : "en";
  const result = await requestSignInLink({ email: form.get("email") }, locale);
  if (!result.ok) return { error: result.field };
  redirect({ href: "/admin/check-email", locale });
  return {};
}
