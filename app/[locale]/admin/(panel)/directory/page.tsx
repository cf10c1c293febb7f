import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { provinces } from "@/lib/postal-code";
import { isLocale } from "@/lib/i18n/routing";
import { formatWall } from "@/lib/time/panel-date";
import { asFormAction } from "@/server/auth/as-form-action";
import { staffPage } from "@/server/auth/staff-page";
import { staffContext } from "@/server/context";
import { listDirectory } from "@/server/directory/admin/list-directory";
import { FieldError, Input, Select } from "@/components/admin/form/fields";
import { PanelForm } from "@/components/admin/form/panel-form";
import { ProvincialMemberForm } from "@/components/admin/provincial-member-form";
import { addFixedTargetAction, addProvincialMemberAction, setFixedTargetEnabledAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const generateMetadata = translatedTitle("Admin.Directory", "title", { private: true });

const TARGET_FIELDS = ["key", "nameEn", "nameFr", "email", "jurisdiction"] as const;

/** The representative directory: MPs and provincial members by riding (search, edit, disable; add a provincial member), fixed targets (add, disable), and the data's age and sources. */
export default async function DirectoryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/directory");
  if (!actor) return <Forbidden />;
  const query = await searchParams;
  const [t, { level, members, targets, provincialRidings, sources }] = await Promise.all([getTranslations({ locale, namespace: "Admin.Directory" }), listDirectory(staffContext(actor), query)]);
  return (
    <>
      <h1>{t("title")}</h1>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t("sources")}</h2>
        {sources.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul>
            {sources.map((source) => (
              <li key={source.source}>{t("sourceLine", { source: source.source, rows: source.rows, oldest: formatWall(source.oldest, locale), newest: formatWall(source.newest, locale) })}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t(level === "provincial" ? "provincialMembers" : "members")}</h2>
        <form method="get" className="filters" role="search" aria-labelledby="members-heading">
          <div className="field">
            <label htmlFor="q">{t("search")}</label>
            <input id="q" name="q" type="search" defaultValue={query.q} />
          </div>
          <div className="field">
            <label htmlFor="province">{t("province")}</label>
            <select id="province" name="province" defaultValue={query.province ?? ""}>
              <option value="">{t("any")}</option>
              {provinces.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="level">{t("level")}</label>
            <select id="level" name="level" defaultValue={level}>
              {(["federal", "provincial"] as const).map((value) => (
                <option key={value} value={value}>
                  {t(`levels.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t("apply")}</button>
        </form>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t("riding")}</th>
              <th scope="col">{t(level === "provincial" ? "provincialMember" : "member")}</th>
              <th scope="col">{t("fields.email")}</th>
              <th scope="col">{t("asOf")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map(({ riding, rep }) => (
              <tr key={riding.id}>
                <td>
                  {locale === "fr" ? riding.nameFr : riding.nameEn}{" "}
                  <span className="muted">
                    ({riding.code}, {riding.province})
                  </span>
                </td>
                <td>
                  {rep ? <Link href={{ pathname: "/admin/directory/[representativeId]", params: { representativeId: rep.id } }}>{rep.name}</Link> : "—"}
                  {rep?.party && <span className="muted"> · {rep.party}</span>}
                  {rep?.disabledAt && <span className="badge badge-archived"> {t("disabled")}</span>}
                </td>
                <td>
                  {rep?.email ?? "—"}
                  {rep?.emailDisabledAt && <span className="badge badge-failed"> {t("bouncedShort")}</span>}
                </td>
                <td>{formatWall(rep?.asOf ?? riding.asOf, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="add-member-heading">
        <h2 id="add-member-heading">{t("addMember")}</h2>
        <ProvincialMemberForm locale={locale} action={addProvincialMemberAction} ridings={provincialRidings} />
      </section>
      <section aria-labelledby="targets-heading">
        <h2 id="targets-heading">{t("targets")}</h2>
        <ul className="stack">
          {targets.map((target) => (
            <li key={target.id}>
              {locale === "fr" ? target.nameFr : target.nameEn}{" "}
              <span className="muted">
                ({target.email}, {target.jurisdiction}, {t("provenance", { source: target.source, asOf: formatWall(target.asOf, locale) })})
              </span>
              {target.emailDisabledAt && <span className="badge badge-failed"> {t("bouncedShort")}</span>}
              <form action={asFormAction(setFixedTargetEnabledAction)} className="inline-form">
                <input type="hidden" name="id" value={target.id} />
                <input type="hidden" name="enabled" value={target.disabledAt ? "true" : "false"} />
                <button type="submit" className="secondary">
                  {target.disabledAt ? t("enable", { name: target.nameEn }) : t("disable", { name: target.nameEn })}
                </button>
              </form>
            </li>
          ))}
        </ul>
        <h3>{t("addTarget")}</h3>
        <PanelForm
          action={addFixedTargetAction}
          initial={{ kind: "company" }}
          namespace="Admin.Directory"
          idPrefix="target-"
          labels={Object.fromEntries([...TARGET_FIELDS, "kind"].map((field) => [field, t(`targetFields.${field}`)]))}
          notices={{ added: t("added") }}
          className="stack narrow"
        >
          <input type="hidden" name="locale" value={locale} />
          {TARGET_FIELDS.map((field) => (
            <div key={field} className="field">
              <label htmlFor={`target-${field}`}>{t(`targetFields.${field}`)}</label>
              <Input name={field} type={field === "email" ? "email" : "text"} />
              <FieldError name={field} />
            </div>
          ))}
          <div className="field">
            <label htmlFor="target-kind">{t("targetFields.kind")}</label>
            <Select name="kind">
              {(["company", "privacy_commissioner", "other"] as const).map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </Select>
            <FieldError name="kind" />
          </div>
          <button type="submit">{t("add")}</button>
        </PanelForm>
      </section>
    </>
  );
}
