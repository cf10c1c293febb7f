import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { formatWall } from "@/lib/time/panel-date";
import { staffPage } from "@/server/auth/staff-page";
import { staffContext } from "@/server/context";
import { listFindings } from "@/server/findings/list-findings";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ after?: string }> };

export const generateMetadata = translatedTitle("Admin.Findings", "title", { private: true });

/** The findings library for organisers: every record, newest first, incomplete ones flagged. */
export default async function AdminFindingsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/findings");
  if (!actor) return <Forbidden />;
  const ctx = staffContext(actor);
  const { after } = await searchParams;
  const [t, page] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.Findings" }),
    // A malformed cursor (an edited address) starts again from the newest.
    listFindings(ctx, { includeIncomplete: true, limit: 100, after }).catch(() => listFindings(ctx, { includeIncomplete: true, limit: 100 })),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        <Link href="/admin/findings/new">{t("new")}</Link>
      </p>
      {page.items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="data">
          <caption className="visually-hidden">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("fields.date")}</th>
              <th scope="col">{t("fields.title_en")}</th>
              <th scope="col">{t("fields.kind")}</th>
              <th scope="col">{t("state")}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((item) => (
              <tr key={item.id}>
                <td>{formatWall(item.date, locale)}</td>
                <td>
                  <Link href={{ pathname: "/admin/findings/[id]", params: { id: item.id } }}>{locale === "fr" ? item.title.fr : item.title.en}</Link>
                </td>
                <td>
                  {t(`kinds.${item.kind}`)}
                  {item.binding && ` · ${t("binding")}`}
                </td>
                <td>{item.incomplete ? <strong className="flag">{t("incomplete")}</strong> : t("complete")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.next && (
        <p>
          <Link href={{ pathname: "/admin/findings", query: { after: page.next } }}>{t("older")}</Link>
        </p>
      )}
    </>
  );
}
