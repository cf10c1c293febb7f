"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { endSession } from "@/server/auth/end-session";
import { requestSignInLink } from "@/server/auth/request-sign-in-link";
import { retryFailedEmail } from "@/server/mail/retry-failed-email";

export type SignInState = { error?: "email" };

async function locale(): Promise<Locale> {
  const current = await getLocale();
  return isLocale(current) ? current : "en";
}

export async function signInAction(_state: SignInState, form: FormData): Promise<SignInState> {
  const current = await locale();
  const result = await requestSignInLink({ email: form.get("email") }, current);
  if (!result.ok) return { error: result.field };
  redirect({ href: "/admin/check-email", locale: current });
  return {};
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect({ href: "/admin/sign-in", locale: await locale() });
}

export async function retryEmailAction(form: FormData): Promise<void> {
  const id = String(form.get("id") ?? "");
  await retryFailedEmail(id);
  redirect({ href: { pathname: "/admin/outbox/[id]", params: { id } }, locale: await locale() });
}
