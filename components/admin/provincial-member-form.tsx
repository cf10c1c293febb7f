import { getTranslations } from "next-intl/server";

type Riding = { id: string; province: string; nameEn: string; nameFr: string };
type Props = {
  locale: string;
  action: (form: FormData) => Promise<void>;
  ridings: Riding[];
  /** The page's query: errors come back as error_member_<field>. */
  query: Record<string, string | undefined>;
};

const FIELDS = ["name", "office", "party", "email"] as const;

/**
 * Adds the member for a provincial riding by hand: the shared data names no provincial members, and
 * Represent only fills them in for postal codes it has been asked about.
 */
export async function ProvincialMemberForm({ locale, action, ridings, query }: Props) {
  const t = await getTranslations({ locale, namespace: "Admin.Directory" });
  const error = (field: string) => query[`error_member_${field}`];
  const described = (field: string) => (error(field) ? { "aria-invalid": true as const, "aria-describedby": `member-${field}-error` } : {});
  const message = (field: string) => error(field) && <p id={`member-${field}-error`} className="field-error">{t(`errors.${error(field)}` as "errors.required")}</p>;
  const provinces = [...new Set(ridings.map((riding) => riding.province))];
  if (ridings.length === 0) return <p>{t("noProvincialRidings")}</p>;
  return (
    <form action={action} className="stack narrow">
      <input type="hidden" name="locale" value={locale} />
      <div className="field">
        <label htmlFor="member-ridingId">{t("memberFields.ridingId")}</label>
        <select id="member-ridingId" name="ridingId" required defaultValue="" {...described("ridingId")}>
          <option value="">—</option>
          {provinces.map((province) => (
            <optgroup key={province} label={province}>
              {ridings.filter((riding) => riding.province === province).map((riding) => <option key={riding.id} value={riding.id}>{locale === "fr" ? riding.nameFr : riding.nameEn}</option>)}
            </optgroup>
          ))}
        </select>
        {message("ridingId")}
      </div>
      {FIELDS.map((field) => (
        <div key={field} className="field">
          <label htmlFor={`member-${field}`}>{t(`memberFields.${field}`)}</label>
          {field === "office" && <p id="member-office-hint" className="hint">{t("officeHint")}</p>}
          <input id={`member-${field}`} name={field} type={field === "email" ? "email" : "text"} required={field === "name"} {...(field === "office" && !error(field) ? { "aria-describedby": "member-office-hint" } : {})} {...described(field)} />
          {message(field)}
        </div>
      ))}
      <button type="submit">{t("addMemberButton")}</button>
    </form>
  );
}
