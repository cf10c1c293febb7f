import { getTranslations } from "next-intl/server";
import type { UpdateSendProgress } from "@/server/updates/email/list-update-sends";
import { panelDates } from "@/lib/time/panel-date";
import { getTimeZone } from "@/server/organisation/get-time-zone";

/**
 * The sends of an update and how far each has gone. While any is still going, the page reloads
 * itself every five seconds (no script needed).
 */
export async function SendProgress({ sends, locale }: { sends: UpdateSendProgress[]; locale: string }) {
  if (sends.length === 0) return null;
  const [t, zone] = await Promise.all([getTranslations({ locale, namespace: "Admin.UpdateSend" }), getTimeZone()]);
  const when = panelDates(locale, zone);
  const going = sends.some((send) => send.remaining > 0);
  return (
    <section aria-labelledby="sends-heading">
      {going && <meta httpEquiv="refresh" content="5" />}
      <h2 id="sends-heading">{t("sends")}</h2>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("audience")}</th>
            <th scope="col">{t("sent")}</th>
            <th scope="col">{t("remaining")}</th>
            <th scope="col">{t("failed")}</th>
          </tr>
        </thead>
        <tbody>
          {sends.map((send) => (
            <tr key={send.id}>
              <td>{when.time(send.createdAt)}</td>
              <td>
                {t(`scopes.${send.scope}` as "scopes.signers")}
                {send.province && ` (${send.province})`}
              </td>
              <td>{send.sent}</td>
              <td>{send.remaining}</td>
              <td>{send.failed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
