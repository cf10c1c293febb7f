import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { PrivacyFacts } from "@/server/privacy/describe-privacy";

type Form = { key: "sign" | "letters" | "writerLink" | "myData" | "preferences" | "signIn"; fields: string[] };

/** Each form that collects personal data, field by field, as the forms themselves ask (components/sign-form.tsx, components/letters/*). */
export async function PrivacyCollect({ locale, offers }: { locale: Locale; offers: PrivacyFacts["offers"] }) {
  const t = await getTranslations({ locale, namespace: "privacy.collect" });
  const forms: Form[] = [
    { key: "sign", fields: ["name", "email", "residence", "postalCode", "agreement", ...(offers.updates ? ["updates"] : [])] },
    // The letter writer and its "email me a link" form exist only while a campaign offers letters.
    ...(offers.letters
      ? ([
          { key: "letters", fields: ["postalCode", "letter", "recipients", ...(offers.accessRequests ? ["access"] : [])] },
          { key: "writerLink", fields: ["email"] },
        ] satisfies Form[])
      : []),
    { key: "myData", fields: ["email"] },
    { key: "preferences", fields: ["fields"] },
    { key: "signIn", fields: ["email"] },
  ];
  return (
    <section aria-labelledby="privacy-collect" className="stack">
      <h2 id="privacy-collect">{t("title")}</h2>
      {forms.map((form) => (
        <div key={form.key} className="stack">
          <h3 id={`privacy-form-${form.key}`}>{t(`${form.key}.title`)}</h3>
          <ul aria-labelledby={`privacy-form-${form.key}`}>
            {form.fields.map((field) => (
              <li key={field}>{t(`${form.key}.${field}` as "sign.name")}</li>
            ))}
          </ul>
        </div>
      ))}
      <p>{t("ip")}</p>
    </section>
  );
}
