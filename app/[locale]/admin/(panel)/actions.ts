"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { endSession } from "@/server/auth/end-session";
import { signOutEverywhere } from "@/server/auth/sign-out-everywhere";
import { staffAction } from "@/server/auth/staff-action";
import { retryFailedEmail } from "@/server/mail/retry-failed-email";

async function locale(): Promise<Locale> {
  const current = await getLocale();
  return isLocale(current) ? current : "en";
}

export const signOutAction = staffAction(async (ctx) => {
  await endSession(ctx);
  redirect({ href: "/admin/sign-in", locale: await locale() });
});

export const signOutEverywhereAction = staffAction(async (ctx) => {
  await signOutEverywhere(ctx);
  redirect({ href: "/admin/sign-in", locale: await locale() });
});

export const retryEmailAction = staffAction(async (ctx, form: FormData) => {
  // The form goes to the verb untouched: it checks the role before it reads a field.
  await retryFailedEmail(ctx, form);
  const id = String(form.get("id") ?? "");
  redirect({ href: { pathname: "/admin/outbox/[id]", params: { id } }, locale: await locale() });
});
