"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import type { SignState } from "@/server/signatures/sign-form-state";

type Props = {
  action: (state: SignState, form: FormData) => Promise<SignState>;
  petitionConsent: { id: string; text: string };
  updatesConsent: { id: string; text: string } | null;
  countries: { code: string; name: string }[];
  /** "How we use your data", shown under the button. */
  privacyLink?: ReactNode;
};

/**
 * The petition form. A plain form post without JavaScript; with it, errors appear beside their
 * fields without a reload and focus moves to the summary so screen readers announce it.
 */
export function SignForm({ action, petitionConsent, updatesConsent, countries, privacyLink }: Props) {
  const t = useTranslations("Sign");
  const [state, formAction, pending] = useActionState(action, {});
  const summary = useRef<HTMLDivElement>(null);
  const errors = state.errors ?? {};
  const values = state.values;

  useEffect(() => {
    if (state.errors) summary.current?.focus();
  }, [state]);

  const describedBy = (field: string, hint?: string) => [errors[field] && `${field}-error`, hint].filter(Boolean).join(" ") || undefined;
  const error = (field: string) =>
    errors[field] ? (
      <p id={`${field}-error`} className="field-error">
        {t(`errors.${errors[field]}` as "errors.nameRequired")}
      </p>
    ) : null;

  return (
    <form action={formAction} className="stack sign-form" noValidate>
      {Object.keys(errors).length > 0 && (
        <div ref={summary} tabIndex={-1} role="alert" className="error-summary">
          <p>{errors.form ? t(`errors.${errors.form}` as "errors.closed") : t("errorSummary")}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor="sign-name">{t("name")}</label>
        <input id="sign-name" name="name" autoComplete="name" required defaultValue={values?.name} aria-invalid={errors.name ? true : undefined} aria-describedby={describedBy("name")} />
        {error("name")}
      </div>
      <div className="field">
        <label htmlFor="sign-email">{t("email")}</label>
        <input id="sign-email" name="email" type="email" autoComplete="email" required defaultValue={values?.email} aria-invalid={errors.email ? true : undefined} aria-describedby={describedBy("email")} />
        {error("email")}
      </div>
      <fieldset className="field residence">
        <legend>{t("residence")}</legend>
        <label className="choice">
          <input type="radio" name="residence" value="CA" defaultChecked={values?.residence !== "abroad"} /> {t("inCanada")}
        </label>
        <label className="choice">
          <input type="radio" name="residence" value="abroad" defaultChecked={values?.residence === "abroad"} /> {t("abroad")}
        </label>
      </fieldset>
      <div className="field postal-field">
        <label htmlFor="sign-postal">{t("postalCode")}</label>
        <input id="sign-postal" name="postalCode" autoComplete="postal-code" inputMode="text" autoCapitalize="characters" defaultValue={values?.postalCode} aria-invalid={errors.postalCode ? true : undefined} aria-describedby={describedBy("postalCode", "sign-postal-hint")} />
        <p id="sign-postal-hint" className="hint">
          {t("postalHint")}
        </p>
        {error("postalCode")}
      </div>
      <div className="field country-field">
        <label htmlFor="sign-country">{t("country")}</label>
        <select id="sign-country" name="country" autoComplete="country" defaultValue={values?.country ?? ""} aria-invalid={errors.country ? true : undefined} aria-describedby={describedBy("country")}>
          <option value="">{t("chooseCountry")}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        {error("country")}
      </div>
      <fieldset className="field">
        <legend>{t("acknowledge")}</legend>
        <label className="choice">
          <input type="checkbox" name="acknowledge" required aria-invalid={errors.acknowledge ? true : undefined} aria-describedby={describedBy("acknowledge")} /> {petitionConsent.text}
        </label>
        {error("acknowledge")}
      </fieldset>
      {updatesConsent && (
        <fieldset className="field">
          <legend>{t("updates")}</legend>
          <label className="choice">
            <input type="checkbox" name="subscribe" defaultChecked={values?.subscribe} /> {updatesConsent.text}
          </label>
        </fieldset>
      )}
      <input type="hidden" name="petitionConsentId" value={petitionConsent.id} />
      {updatesConsent && <input type="hidden" name="updatesConsentId" value={updatesConsent.id} />}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="sign-website">{t("honeypot")}</label>
        <input id="sign-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
      {privacyLink}
    </form>
  );
}
