import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FindingFacts } from "@/components/findings/finding-facts";
import { FindingMeta } from "@/components/findings/finding-meta";
import { FindingRelations } from "@/components/findings/finding-relations";
import { FindingSources } from "@/components/findings/finding-sources";
import { Markdown } from "@/components/markdown";
import { FINDING_ID_PATTERN } from "@/server/findings/import/finding-record";
import { inPageLanguage } from "@/lib/findings/in-page-language";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { citingCampaigns, citingUpdates, finding as getFinding } from "@/server/public-pages/public-reads";

// Rendered per request from reads memoised a minute: records change by import, rarely. Saving a
// campaign or a record in this process expires them at once (its findings are listed here).

type Props = { params: Promise<{ locale: string; id: string }> };

async function load({ params }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale) || !FINDING_ID_PATTERN.test(id)) notFound();
  setRequestLocale(locale);
  const finding = await getFinding(id);
  if (!finding) notFound();
  return { locale, finding };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, finding } = await load(props);
  return { title: inPageLanguage(finding.record.title, locale).text };
}

/** One finding: its standing, what it says, what it names, where it comes from, and what relies on it. */
export default async function FindingPage(props: Props) {
  const { locale, finding } = await load(props);
  const { record } = finding;
  const [t, campaigns, updates] = await Promise.all([getTranslations({ locale, namespace: "Findings" }), citingCampaigns(record.id), citingUpdates(record.id)]);
  const title = inPageLanguage(record.title, locale);
  const summary = inPageLanguage(record.summary, locale);
  return (
    <article className="finding">
      <p>
        <Link href="/findings">{t("allFindings")}</Link>
      </p>
      <h1 lang={title.lang}>{title.text}</h1>
      <p>
        <FindingMeta {...record} />
      </p>
      {record.incomplete && <p className="notice">{t("incompleteNotice")}</p>}
      <FindingFacts record={record} />
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t("summary")}</h2>
        {summary.lang && <p className="muted">{t("summaryInEnglish")}</p>}
        <div lang={summary.lang}>
          <Markdown source={summary.text} />
        </div>
      </section>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t("sources")}</h2>
        <FindingSources sources={record.sources} />
      </section>
      <FindingRelations related={finding.related} unknownRelated={finding.unknownRelated} citedBy={finding.citedBy} campaigns={campaigns} updates={updates} />
    </article>
  );
}
