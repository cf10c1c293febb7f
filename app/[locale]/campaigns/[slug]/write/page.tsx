import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RidingChoice } from "@/components/letters/riding-choice";
import { Link } from "@/lib/i18n/navigation";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";
import { fillMergeFields } from "@/lib/letters/merge-fields";
import { getPublicCampaign } from "@/server/campaigns/get-public-campaign";
import { lookupPostalCode } from "@/server/directory/lookup-postal-code";
import { getLetterAction, subjectsOf } from "@/server/letters/get-letter-action";
import { getWriterContext } from "@/server/letters/get-writer-context";
import { currentLetterWriter } from "@/server/letters/letter-writer";
import { sendLettersAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const generateMetadata = translatedTitle("Write", "title", { private: true });

/** Write to the people who can act: the supporter's MP (from their postal code) and the campaign's fixed targets. */
export default async function WritePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const campaign = await getPublicCampaign(slug, locale);
  const action = campaign?.lettersEnabled ? await getLetterAction(campaign.id) : null;
  if (!campaign || !action) notFound();
  const [t, query, writer] = await Promise.all([getTranslations({ locale, namespace: "Write" }), searchParams, currentLetterWriter()]);
  const context = writer ? await getWriterContext(campaign.id, writer) : null;
  const back = <Link href={{ pathname: "/campaigns/[slug]", params: { slug } }}>{t("back", { title: campaign.title })}</Link>;
  if (query.sent) {
    return (
      <section aria-labelledby="sent-heading">
        <h1 id="sent-heading">{t("sentTitle")}</h1>
        <p role="status">{t("sentBody")}</p>
        <ul>{query.sent.split("|").map((name) => <li key={name}>{name}</li>)}</ul>
        <p>{back}</p>
      </section>
    );
  }
  if (!context) {
    return (
      <section aria-labelledby="write-heading">
        <h1 id="write-heading">{t("title")}</h1>
        <p className="notice">{t("signFirst")}</p>
        <p>{back}</p>
      </section>
    );
  }
  const postalCode = query.postalCode || context.postalCode || "";
  const lookup = action.toMp && postalCode ? await lookupPostalCode(postalCode) : null;
  const subjects = subjectsOf(action, locale);
  const template = locale === "fr" ? action.templateFr : action.templateEn;
  const draft = fillMergeFields(template, { supporter_name: context.name, riding: lookup?.ok && !lookup.mustChoose ? (locale === "fr" ? lookup.candidates[0]!.nameFr : lookup.candidates[0]!.nameEn) : "{{riding}}", representative: "{{representative}}" });
  const error = query.error && <p role="alert" className="error-summary">{t(`errors.${query.error}` as "errors.closed")}</p>;
  return (
    <section aria-labelledby="write-heading" className="stack">
      <h1 id="write-heading">{t(action.kind === "data_access" ? "accessTitle" : "title")}</h1>
      <p className="lead">{campaign.title}</p>
      {action.kind === "data_access" && <p>{t("accessIntro")}</p>}
      {error}
      {action.toMp && (
        <form method="get" className="filters" aria-label={t("postalCodeForm")}>
          <div className="field">
            <label htmlFor="postalCode">{t("postalCode")}</label>
            <input id="postalCode" name="postalCode" defaultValue={postalCode} autoComplete="postal-code" aria-invalid={lookup && !lookup.ok ? true : undefined} aria-describedby={lookup && !lookup.ok ? "postalCode-error" : undefined} />
            {lookup && !lookup.ok && <p id="postalCode-error" className="field-error">{t("errors.postalCodeInvalid")}</p>}
          </div>
          <button type="submit" className="secondary">{t("findRiding")}</button>
        </form>
      )}
      <form action={sendLettersAction.bind(null, slug, locale)} className="stack">
        <input type="hidden" name="postalCode" value={postalCode} />
        {lookup?.ok && <RidingChoice lookup={lookup} locale={locale} />}
        {action.targets.length > 0 && (
          <p>{t(action.kind === "data_access" ? "requestTo" : "alsoTo", { targets: action.targets.map((target) => (locale === "fr" ? target.nameFr : target.nameEn)).join(", ") })}</p>
        )}
        <div className="field">
          <label htmlFor="subject">{t("subject")}</label>
          <select id="subject" name="subject" defaultValue="0">
            {subjects.map((subject, index) => <option key={subject} value={index}>{subject}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="body">{t("letter")}</label>
          <p id="body-hint" className="hint">{t(action.editable ? "letterHint" : "letterFixed")}</p>
          <textarea id="body" name="body" rows={14} defaultValue={draft} readOnly={!action.editable} aria-describedby="body-hint" />
        </div>
        <button type="submit">{t("send")}</button>
      </form>
    </section>
  );
}
