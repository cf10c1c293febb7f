import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LetterComposer } from "@/components/letters/letter-composer";
import { WriterLinkForm } from "@/components/letters/writer-link-form";
import { LocalMailboxHint } from "@/components/local-mailbox-hint";
import { PrivacyLink } from "@/components/privacy/privacy-link";
import { Link } from "@/lib/i18n/navigation";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";
import { showPlaceholders } from "@/lib/letters/merge-fields";
import { getPublicCampaign } from "@/server/campaigns/get-public-campaign";
import { publicContext } from "@/server/context";
import { lookupPostalCode } from "@/server/directory/lookup-postal-code";
import { lookupProvincialRiding } from "@/server/directory/lookup-provincial-riding";
import { getLetterAction, letterTextFor, subjectsOf, type RecipientKind } from "@/server/letters/get-letter-action";
import { getWriterContext } from "@/server/letters/get-writer-context";
import { currentLetterWriter } from "@/server/letters/letter-writer";
import { listSentLetters } from "@/server/letters/list-sent-letters";
import { placeholderLabels } from "@/server/letters/placeholder-labels";
import { writeLettersAction } from "./actions";
import { requestWriterLinkAction } from "./link-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const generateMetadata = translatedTitle("Write", "title", { private: true });

/** Write to the people who can act: the supporter's MP and provincial member (from their postal code) and the campaign's fixed targets. */
export default async function WritePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const campaign = await getPublicCampaign(publicContext, slug, locale);
  const action = campaign?.lettersEnabled ? await getLetterAction(publicContext, campaign.id) : null;
  if (!campaign || !action) notFound();
  const [t, query, writer] = await Promise.all([getTranslations({ locale, namespace: "Write" }), searchParams, currentLetterWriter()]);
  const context = writer ? await getWriterContext(publicContext, campaign.id, writer) : null;
  const back = <Link href={{ pathname: "/campaigns/[slug]", params: { slug } }}>{t("back", { title: campaign.title })}</Link>;
  // "?sent=1" only asks for this page: the list is this supporter's letters as stored, and a
  // supporter with none (or no writer at all) gets the composer instead of a claim.
  const sent = query.sent && writer && context ? await listSentLetters(publicContext, campaign.id, writer) : [];
  if (sent.length > 0) {
    return (
      <section aria-labelledby="sent-heading">
        <h1 id="sent-heading">{t("sentTitle")}</h1>
        <p role="status">{t("sentBody")}</p>
        <ul>
          {sent.map((name, i) => (
            <li key={`${i}-${name}`}>{name}</li>
          ))}
        </ul>
        <p>{back}</p>
      </section>
    );
  }
  if (!context) {
    return (
      <section aria-labelledby="write-heading">
        <h1 id="write-heading">{t("title")}</h1>
        <p className="notice">{t("signFirst")}</p>
        <WriterLinkForm action={requestWriterLinkAction.bind(null, slug, locale)} whenSent={<LocalMailboxHint locale={locale} />} privacyLink={<PrivacyLink locale={locale} />} />
        <p>{back}</p>
      </section>
    );
  }
  const postalCode = query.postalCode || context.postalCode || "";
  const lookup = action.toMp && postalCode ? await lookupPostalCode(publicContext, postalCode) : null;
  // After the federal lookup: when it asked Represent, the provincial answer is already stored.
  const provincial = action.toProvincialMember && postalCode ? await lookupProvincialRiding(publicContext, postalCode) : null;
  const provincialNote = provincial && !provincial.ok && provincial.error === "noRidings" ? t("notes.provincialUnreachable", { province: provincial.province }) : null;
  const invalidCode = (lookup && !lookup.ok) || (provincial && !provincial.ok && provincial.error === "postalCodeInvalid");
  const subjects = subjectsOf(action, locale);
  const targetNames = action.targets.map((target) => (locale === "fr" ? target.nameFr : target.nameEn)).join(", ");
  // The riding is filled in now only when it is certain and the same for every recipient of the text.
  const exact = lookup?.ok && !lookup.mustChoose && !action.toProvincialMember ? lookup.candidates[0]! : null;
  const known = { supporter_name: context.name, riding: exact ? (locale === "fr" ? exact.nameFr : exact.nameEn) : "" };
  const labels = await placeholderLabels(locale);
  const elected = action.toMp || action.toProvincialMember;
  const organisations = action.targets.length > 0;
  const label = (kind: RecipientKind) => (!(elected && organisations) ? t("letter") : kind === "elected" ? t("letterElected", { to: action.toMp && action.toProvincialMember ? "both" : action.toMp ? "mp" : "provincial" }) : t("letterOrganisation", { targets: targetNames }));
  const texts = [...(elected ? (["elected"] as const) : []), ...(organisations ? (["organisation"] as const) : [])].map((kind) => ({
    name: kind === "elected" ? ("body" as const) : ("orgBody" as const),
    label: label(kind),
    draft: showPlaceholders(letterTextFor(action, locale, kind).template, known, labels),
  }));
  const targetsNote = action.targets.length > 0 ? t(action.kind === "data_access" ? "requestTo" : "alsoTo", { targets: targetNames }) : null;
  return (
    <section aria-labelledby="write-heading" className="stack">
      <h1 id="write-heading">{t(action.kind === "data_access" ? "accessTitle" : "title")}</h1>
      <p className="lead">{campaign.title}</p>
      {action.kind === "data_access" && <p>{t("accessIntro")}</p>}
      {(action.toMp || action.toProvincialMember) && (
        <form method="get" className="filters" aria-label={t("postalCodeForm")}>
          <div className="field">
            <label htmlFor="postalCode">{t("postalCode")}</label>
            <input id="postalCode" name="postalCode" defaultValue={postalCode} autoComplete="postal-code" aria-invalid={invalidCode ? true : undefined} aria-describedby={invalidCode ? "postalCode-error" : undefined} />
            {invalidCode && (
              <p id="postalCode-error" className="field-error">
                {t("errors.postalCodeInvalid")}
              </p>
            )}
          </div>
          <button type="submit" className="secondary">
            {t("findRiding")}
          </button>
        </form>
      )}
      <LetterComposer
        action={writeLettersAction.bind(null, slug, locale)}
        locale={locale}
        postalCode={postalCode}
        lookup={lookup?.ok ? lookup : null}
        provincialLookup={provincial?.ok ? provincial : null}
        provincialNote={provincialNote}
        targetsNote={targetsNote}
        subjects={subjects}
        texts={texts}
        editable={action.editable}
        privacyLink={<PrivacyLink locale={locale} />}
      />
    </section>
  );
}
