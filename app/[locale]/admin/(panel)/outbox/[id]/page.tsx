import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { isLocale } from "@/lib/i18n/routing";
import { asFormAction } from "@/server/auth/as-form-action";
import { staffPage } from "@/server/auth/staff-page";
import { staffContext } from "@/server/context";
import { getEmail } from "@/server/mail/get-email";
import { shownStatus } from "@/server/mail/shown-status";
import { panelDates } from "@/lib/time/panel-date";
import { getTimeZone } from "@/server/organisation/get-time-zone";
import { retryEmailAction } from "../../actions";
import { translatedTitle } from "@/lib/i18n/page-title";

type Props = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = translatedTitle("Admin", "outbox", { private: true });

export default async function EmailPage({ params }: Props) {
  const { locale, id } = await params;
  const actor = isLocale(locale) ? await staffPage(locale, "/admin/outbox/[id]") : null;
  if (!isLocale(locale) || !actor) return <Forbidden />;
  const [t, email, zone] = await Promise.all([getTranslations({ locale, namespace: "Admin" }), getEmail(staffContext(actor), id), getTimeZone()]);
  if (!email) notFound();
  const when = panelDates(locale, zone);
  return (
    <article>
      <h1>{email.subject ?? t("kind", { kind: email.kind })}</h1>
      <dl className="facts">
        <dt>{t("columns.to")}</dt>
        <dd>{email.to}</dd>
        <dt>{t("columns.status")}</dt>
        <dd>
          <span className={`badge badge-${shownStatus(email.status, email.transport)}`}>{t(`status.${shownStatus(email.status, email.transport)}`)}</span>
        </dd>
        <dt>{t("columns.attempts")}</dt>
        <dd>{email.attempts}</dd>
        {email.lastError && (
          <>
            <dt>{t("columns.error")}</dt>
            <dd>{email.lastError}</dd>
          </>
        )}
        <dt>{t("columns.created")}</dt>
        <dd>{when.seconds(email.createdAt)}</dd>
        {email.sentAt && (
          <>
            <dt>{t("columns.sent")}</dt>
            <dd>{when.seconds(email.sentAt)}</dd>
          </>
        )}
        <dt>{t("columns.transport")}</dt>
        <dd>{email.transport ? t(`transport.${email.transport}` as "transport.outbox") : "—"}</dd>
      </dl>
      {email.status === "failed" && (
        <form action={asFormAction(retryEmailAction)}>
          <input type="hidden" name="id" value={email.id} />
          <button type="submit">{t("retry")}</button>
        </form>
      )}
      {email.redacted && <p className="notice">{t("redacted")}</p>}
      {email.text && (
        <section aria-labelledby="text-heading">
          <h2 id="text-heading">{t("plainText")}</h2>
          <pre className="email-text">{email.text}</pre>
        </section>
      )}
      {email.html && (
        <section aria-labelledby="html-heading">
          <h2 id="html-heading">{t("htmlVersion")}</h2>
          {/* Sandboxed: the email's HTML runs no script and cannot reach this page. */}
          <iframe title={t("htmlVersion")} sandbox="" srcDoc={email.html} className="email-frame" />
        </section>
      )}
    </article>
  );
}
