import "server-only";
import type { Locale } from "@/lib/i18n/routing";
import { failed, ok, type Failed, type Ok } from "@/lib/result";
import type { Context } from "@/server/context";
import { orUnavailable, UNAVAILABLE } from "@/server/outage/or-unavailable";
import type { SignFormValues, SignState } from "./sign-form-state";
import { fieldErrors, parseSignature, signFormExtras } from "./schemas";
import { signPetition } from "./sign-petition";

export type SignFormError = "invalid" | "closed" | "unavailable";
/** Signed (or a bot's post, told what a person would be); else why not, with the form as typed. */
export type SignFormResult = Ok | (Failed<SignFormError> & { values: SignFormValues });

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/**
 * The petition form's post (with or without JavaScript), from the visitor's context: read the
 * fields, validate them with the form's extras, then sign (see signPetition). A campaign that is
 * not there is refused ("not-found"); the caller then answers 404 and, when signed, shows "check
 * your email".
 */
export async function submitSignForm(context: Context, slug: string, locale: Locale, form: FormData): Promise<SignFormResult> {
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
  const errors = { ...(fields.ok ? {} : fields.fields), ...fieldErrors(extras.error) };
  if (!fields.ok || !extras.success) return { ...failed("invalid", errors), values };
  // A filled honeypot is a bot: it is told what a person would be, and nothing is stored.
  if (extras.data.website) return ok();
  const source = `/${locale}/campaigns/${slug}`;
  const { petitionConsentId, updatesConsentId } = extras.data;
  const result = await orUnavailable(() => signPetition(context, slug, fields.data, { source, petitionConsentId, updatesConsentId }));
  // The database is unreachable: the form comes back as typed, saying to try again shortly.
  if (result === UNAVAILABLE) return { ...failed("unavailable"), values };
  if (!result.ok) return { ...failed(result.error), values };
  return ok();
}

/** The form's state after a refused post: each field's message, or the whole form's. */
export function signState(result: Failed<SignFormError> & { values: SignFormValues }): SignState {
  return { errors: result.error === "invalid" ? result.fields : { form: result.error }, values: result.values };
}
