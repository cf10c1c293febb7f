"use server";

import { notFound } from "next/navigation";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { orUnavailable, UNAVAILABLE } from "@/server/outage/or-unavailable";
import { clientIpHash } from "@/server/request/client-ip-hash";
import { parseSignature, signFormExtras, fieldErrors } from "@/server/signatures/schemas";
import { signPetition } from "@/server/signatures/sign-petition";

export type SignFormValues = { name: string; email: string; residence: string; postalCode: string; country: string; subscribe: boolean };
export type SignState = { errors?: Record<string, string>; values?: SignFormValues };

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** The petition form (with or without JavaScript): validate, sign, then "check your email". */
export async function signAction(slug: string, locale: string, _state: SignState, form: FormData): Promise<SignState> {
  if (!isLocale(locale)) notFound();
  const values: SignFormValues = {
    name: text(form, "name"),
    email: text(form, "email"),
    residence: text(form, "residence") || "CA",
    postalCode: text(form, "postalCode"),
    country: text(form, "country"),
    subscribe: form.get("subscribe") === "on",
  };
  const extras = signFormExtras.safeParse(Object.fromEntries(form));
  const fields = parseSignature({
    name: values.name,
    email: values.email,
    postalCode: values.residence === "CA" ? values.postalCode : undefined,
    // Abroad with no country chosen is reported on the country field, not as a missing postal code.
    country: values.residence === "CA" ? "CA" : values.country || "-",
    locale,
    subscribe: values.subscribe,
  });
  const errors = { ...(fields.ok ? {} : fields.errors), ...fieldErrors(extras.error) };
  if (!fields.ok || !extras.success) return { errors, values };
  const signed = { href: { pathname: "/campaigns/[slug]/signed" as const, params: { slug } }, locale };
  // A filled honeypot is a bot: it is told what a person would be, and nothing is stored.
  if (extras.data.website) redirect(signed);
  const ipHash = await clientIpHash();
  const result = await orUnavailable(() =>
    signPetition(slug, fields.data, {
      ipHash,
      source: `/${locale}/campaigns/${slug}`,
      petitionConsentId: extras.data.petitionConsentId,
      updatesConsentId: extras.data.updatesConsentId,
    }),
  );
  // The database is unreachable: the form comes back as typed, saying to try again shortly.
  if (result === UNAVAILABLE) return { errors: { form: "unavailable" }, values };
  if (result.status === "not-found") notFound();
  if (result.status === "closed") return { errors: { form: "closed" }, values };
  redirect(signed);
  return {};
}
