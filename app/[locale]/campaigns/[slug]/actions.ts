"use server";

import { notFound } from "next/navigation";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { isRefused } from "@/lib/refused";
import { visitorRequestContext } from "@/server/request/visitor-context";
import type { SignState } from "@/server/signatures/sign-form-state";
import { signState, submitSignForm } from "@/server/signatures/submit-sign-form";

/** The petition form (with or without JavaScript): validate, sign, then "check your email" (see submitSignForm). */
export async function signAction(slug: string, locale: string, _state: SignState, form: FormData): Promise<SignState> {
  if (!isLocale(locale)) notFound();
  const result = await submitSignForm(await visitorRequestContext(), slug, locale, form).catch((error: unknown) => {
    if (isRefused(error) && error.code === "not-found") notFound();
    throw error;
  });
  if (!result.ok) return signState(result);
  redirect({ href: { pathname: "/campaigns/[slug]/signed", params: { slug } }, locale });
  return {};
}
