import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { formatDate } from "@/lib/i18n/dates";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { localizeUpdateBody } from "@/lib/updates/localize-update";
import type { PublishedUpdate } from "@/server/updates/list-published-updates";
import { UpdateBody } from "./update-body";
import { UpdateSources, type SourceFinding } from "./update-sources";

type Props = { update: PublishedUpdate; findings: Map<string, SourceFinding>; headingLevel: 1 | 2 | 3; linkTitle?: boolean; showCampaign?: boolean };

/** One public update in full: title, date, body with numbered citations, its sources. */
export function UpdateArticle({ update, findings, headingLevel, linkTitle, showCampaign }: Props) {
  const t = useTranslations("Updates");
  const locale = useLocale() as Locale;
  const { markdown, citations } = localizeUpdateBody(localized(update.body, locale), locale, (id) => findings.has(id));
  const Heading = `h${headingLevel}` as const;
  const title = localized(update.title, locale);
  const slug = update.campaign.slug;
  return (
    <article className="update" aria-labelledby={`update-${update.id}`}>
      <Heading id={`update-${update.id}`}>{linkTitle ? <Link href={{ pathname: "/campaigns/[slug]/updates/[id]", params: { slug, id: update.id } }}>{title}</Link> : title}</Heading>
      <p className="muted">
        <time dateTime={update.publishedAt.toISOString()}>{t("published", { date: formatDate(update.publishedAt, locale) })}</time>
        {showCampaign && (
          <>
            {" · "}
            <Link href={{ pathname: "/campaigns/[slug]", params: { slug } }}>{localized(update.campaign.title, locale)}</Link>
          </>
        )}
      </p>
      <UpdateBody markdown={markdown} citations={citations} citationLabel={(n) => t("citation", { n })} />
      <UpdateSources headingLevel={(headingLevel + 1) as 2 | 3 | 4} idPrefix={`update-${update.id}`} citations={citations} findings={findings} />
    </article>
  );
}
