import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { provinces } from "@/lib/postal-code";
import { audienceInput } from "@/server/audience/audience";
import { countAudience } from "@/server/audience/count-audience";
import { asFormAction } from "@/server/auth/as-form-action";
import { staffPage } from "@/server/auth/staff-page";
import { staffContext } from "@/server/context";
import { getUpdateForSending } from "@/server/updates/admin/get-update-for-sending";
import { listUpdateSends } from "@/server/updates/email/list-update-sends";
import { sendUpdateAction, sendUpdateTestAction } from "./actions";
import { SendProgress } from "./send-progress";

type Props = { params: Promise<{ locale: string; id: string; updateId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const generateMetadata = translatedTitle("Admin.UpdateSend", "title", { private: true });

/** Email a published update: choose the audience, see its exact size, test it on yourself, send, watch it go. */
export default async function SendUpdatePage({ params, searchParams }: Props) {
  const { locale, id, updateId } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/[id]/updates/[updateId]/send");
  if (!actor) return <Forbidden />;
  const ctx = staffContext(actor);
  const update = await getUpdateForSending(ctx, id, updateId);
  if (!update) notFound();
  const [t, provinceNames, query, sends] = await Promise.all([getTranslations({ locale, namespace: "Admin.UpdateSend" }), getTranslations({ locale, namespace: "Provinces" }), searchParams, listUpdateSends(ctx, updateId)]);
  const chosen = query.scope ? audienceInput.safeParse({ campaignId: id, scope: query.scope, province: query.province }) : null;
  const count = chosen?.success ? await countAudience(ctx, chosen.data) : null;
  const hidden = { locale, campaignId: id, updateId };
  const hiddenFields = Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{locale === "fr" ? update.titleFr : update.titleEn}</p>
      <p>
        <Link href={{ pathname: "/admin/campaigns/[id]/updates/[updateId]", params: { id, updateId } }}>{t("back")}</Link>
      </p>
      {query.queued && (
        <p role="status" className="notice">
          {t("queued", { count: Number(query.queued) })}
        </p>
      )}
      {query.tested && (
        <p role="status" className="notice">
          {t("tested", { email: query.tested })}
        </p>
      )}
      {query.error && (
        <p role="alert" className="error-summary">
          {t(`errors.${query.error}` as "errors.countChanged")}
        </p>
      )}
      {!update.public && <p className="notice">{t("notPublished")}</p>}

      <form method="get" className="filters" aria-label={t("audience")}>
        <fieldset className="field">
          <legend>{t("audience")}</legend>
          {(["signers", "subscribers"] as const).map((scope) => (
            <label key={scope} className="choice">
              <input type="radio" name="scope" value={scope} defaultChecked={(query.scope ?? "signers") === scope} /> {t(`scopes.${scope}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="province">{t("province")}</label>
          <select id="province" name="province" defaultValue={query.province ?? ""}>
            <option value="">{t("anyProvince")}</option>
            {provinces.map((code) => (
              <option key={code} value={code}>
                {provinceNames(code)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="secondary">
          {t("count")}
        </button>
      </form>

      {chosen && !chosen.success && (
        <p role="alert" className="error-summary">
          {t("errors.audienceInvalid")}
        </p>
      )}
      {count !== null && chosen?.success && (
        <form action={asFormAction(sendUpdateAction)} className="stack">
          {hiddenFields}
          <input type="hidden" name="scope" value={chosen.data.scope} />
          <input type="hidden" name="province" value={chosen.data.province ?? ""} />
          <input type="hidden" name="expected" value={count} />
          <p role="status">{t("willReach", { count })}</p>
          <button type="submit" disabled={!update.public || count === 0}>
            {t("send", { count })}
          </button>
        </form>
      )}

      <form action={asFormAction(sendUpdateTestAction)} className="stack narrow">
        {hiddenFields}
        <h2>{t("testTitle")}</h2>
        <div className="field">
          <label htmlFor="language">{t("testLanguage")}</label>
          <select id="language" name="language" defaultValue={isLocale(query.language ?? "") ? query.language : locale}>
            <option value="en" lang="en">
              English
            </option>
            <option value="fr" lang="fr">
              Français
            </option>
          </select>
        </div>
        <button type="submit" className="secondary">
          {t("test")}
        </button>
      </form>

      <SendProgress sends={sends} locale={locale} />
    </>
  );
}
