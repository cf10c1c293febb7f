import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ExportForm } from "@/components/admin/export-form";
import { SignatureFilters } from "@/components/admin/signature-filters";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { countryName } from "@/lib/countries";
import { isLocale } from "@/lib/i18n/routing";
import { staffPage } from "@/server/auth/staff-page";
import { staffContext } from "@/server/context";
import { getCampaignForEditing } from "@/server/campaigns/admin/get-campaign-for-editing";
import { listSignatures } from "@/server/signatures/admin/list-signatures";
import { signatureFilter } from "@/server/signatures/admin/signature-filter";
import { panelDates } from "@/lib/time/panel-date";
import { getTimeZone } from "@/server/organisation/get-time-zone";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = translatedTitle("Admin.Signatures", "title", { private: true });

export default async function SignaturesPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/[id]/signatures");
  if (!actor) return <Forbidden />;
  const context = staffContext(actor);
  const campaign = await getCampaignForEditing(context, id);
  if (!campaign) notFound();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = signatureFilter.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const errors: Record<string, string> = parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
  const [t, te, page, zone] = await Promise.all([getTranslations({ locale, namespace: "Admin.Signatures" }), getTranslations({ locale, namespace: "signatureErase" }), listSignatures(context, id, filter, raw.after), getTimeZone()]);
  const time = panelDates(locale, zone).time;
  const query = Object.fromEntries(
    Object.entries(filter)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        <Link href={{ pathname: "/admin/campaigns/[id]", params: { id } }}>{locale === "fr" ? campaign.titleFr : campaign.titleEn}</Link> · <Link href={{ pathname: "/admin/campaigns/[id]/invalidate", params: { id } }}>{t("invalidateMatching")}</Link>
      </p>
      {raw.erased === "1" && (
        <p role="status" className="notice">
          {te("erased")}
        </p>
      )}
      <SignatureFilters values={raw} errors={errors} />
      {page.rows.length === 0 ? (
        <p role="status">{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.name")}</th>
                <th scope="col">{t("columns.email")}</th>
                <th scope="col">{t("columns.state")}</th>
                <th scope="col">{t("columns.province")}</th>
                <th scope="col">{t("columns.country")}</th>
                <th scope="col">{t("columns.riding")}</th>
                <th scope="col">{t("columns.signedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <Link href={{ pathname: "/admin/campaigns/[id]/signatures/[signatureId]", params: { id, signatureId: row.id } }}>{row.name}</Link>
                  </td>
                  <td>{row.email}</td>
                  <td>
                    <span className={`badge badge-${row.state}`}>{t(`states.${row.state}`)}</span>
                  </td>
                  <td>{row.province ?? "—"}</td>
                  <td>{countryName(row.country, locale)}</td>
                  <td>{row.ridingCode ?? "—"}</td>
                  <td>{time(row.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("pages")} className="pager">
        {raw.after && <Link href={{ pathname: "/admin/campaigns/[id]/signatures", params: { id }, query }}>{t("firstPage")}</Link>}
        {page.next && (
          <Link rel="next" href={{ pathname: "/admin/campaigns/[id]/signatures", params: { id }, query: { ...query, after: page.next } }}>
            {t("nextPage")}
          </Link>
        )}
      </nav>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t("export")}</h2>
        <ExportForm campaignId={id} filter={filter} locale={locale} />
      </section>
    </>
  );
}
