import { getTranslations } from "next-intl/server";
import { provinces } from "@/lib/postal-code";
import { ErrorSummary } from "./form/error-summary";

type Props = { values: Record<string, string | undefined>; errors: Record<string, string> };

const STATES = ["pending", "confirmed", "invalidated", "fraudulent"] as const;

/** The signatures table's filters: a plain GET form, so a filtered view is a link that can be shared with a colleague. */
export async function SignatureFilters({ values, errors }: Props) {
  const t = await getTranslations("Admin.Signatures");
  const error = (field: string) =>
    errors[field] && (
      <p id={`${field}-error`} className="field-error">
        {t(`errors.${errors[field]}` as "errors.dateInvalid")}
      </p>
    );
  const invalid = (field: string) => (errors[field] ? { "aria-invalid": true as const, "aria-describedby": `${field}-error` } : {});
  return (
    <form method="get" className="filters" role="search" aria-label={t("filters")}>
      <ErrorSummary errors={errors} namespace="Admin.Signatures" labels={{ q: t("search"), riding: t("riding"), from: t("from"), to: t("to"), state: t("state"), province: t("province"), subscribed: t("subscribed") }} />
      <div className="field">
        <label htmlFor="q">{t("search")}</label>
        <input id="q" name="q" type="search" defaultValue={values.q} placeholder={t("searchPlaceholder")} {...invalid("q")} />
        {error("q")}
      </div>
      <div className="field">
        <label htmlFor="state">{t("state")}</label>
        <select id="state" name="state" defaultValue={values.state ?? ""}>
          <option value="">{t("any")}</option>
          {STATES.map((state) => (
            <option key={state} value={state}>
              {t(`states.${state}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="province">{t("province")}</label>
        <select id="province" name="province" defaultValue={values.province ?? ""}>
          <option value="">{t("any")}</option>
          {provinces.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="riding">{t("riding")}</label>
        <input id="riding" name="riding" defaultValue={values.riding} inputMode="numeric" {...invalid("riding")} />
        {error("riding")}
      </div>
      <div className="field">
        <label htmlFor="from">{t("from")}</label>
        <input id="from" name="from" type="date" defaultValue={values.from} {...invalid("from")} />
        {error("from")}
      </div>
      <div className="field">
        <label htmlFor="to">{t("to")}</label>
        <input id="to" name="to" type="date" defaultValue={values.to} {...invalid("to")} />
        {error("to")}
      </div>
      <div className="field">
        <label htmlFor="subscribed">{t("subscribed")}</label>
        <select id="subscribed" name="subscribed" defaultValue={values.subscribed ?? ""}>
          <option value="">{t("any")}</option>
          <option value="yes">{t("yes")}</option>
          <option value="no">{t("no")}</option>
        </select>
      </div>
      <button type="submit">{t("apply")}</button>
    </form>
  );
}
