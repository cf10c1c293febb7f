import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { staffPage } from "@/server/auth/staff-page";
import { countEmailsByStatus } from "@/server/mail/count-emails-by-status";
import { translatedTitle } from "@/lib/i18n/page-title";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = translatedTitle("Admin", "dashboard", { private: true });

export default async function DashboardPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale) || !(await staffPage(locale, ["admin", "organiser", "viewer"]))) return <Forbidden />;
  const [t, counts] = await Promise.all([getTranslations({ locale, namespace: "Admin" }), countEmailsByStatus()]);
  return (
    <>
      <h1>{t("dashboard")}</h1>
      <section aria-labelledby="pipeline-heading">
        <h2 id="pipeline-heading">{t("pipeline")}</h2>
        <dl className="stat-grid">
          {Object.entries(counts).map(([status, n]) => (
            <div key={status} className="stat">
              <dt>
                <Link href={{ pathname: "/admin/outbox", query: { status } }}>{t(`status.${status}` as "status.queued")}</Link>
              </dt>
              <dd>{n.toLocaleString(locale)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
