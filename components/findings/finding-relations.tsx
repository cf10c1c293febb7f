import { useLocale, useTranslations } from "next-intl";
import { inPageLanguage } from "@/lib/findings/in-page-language";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { FindingDetail } from "@/server/findings/get-finding";
import type { CitingCampaign } from "@/server/findings/list-citing-campaigns";
import type { CitingUpdate } from "@/server/findings/list-citing-updates";
import { FindingLinkList } from "./finding-link-list";

type Props = Pick<FindingDetail, "related" | "unknownRelated" | "citedBy"> & { campaigns: CitingCampaign[]; updates: CitingUpdate[] };

/**
 * Where a record sits in the library: the records it names (those not imported yet listed as
 * such, not dropped), the records naming it, and the campaigns and updates that cite it. Each
 * section appears only when it has something in it.
 */
export function FindingRelations({ related, unknownRelated, citedBy, campaigns, updates }: Props) {
  const t = useTranslations("Findings");
  return (
    <>
      {(related.length > 0 || unknownRelated.length > 0) && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t("related")}</h2>
          <FindingLinkList items={related} />
          {unknownRelated.length > 0 && (
            <ul className="muted">
              {unknownRelated.map((id) => (
                <li key={id}>{t("notInLibrary", { id })}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      {citedBy.length > 0 && (
        <section aria-labelledby="cited-by-heading">
          <h2 id="cited-by-heading">{t("citedBy")}</h2>
          <FindingLinkList items={citedBy} />
        </section>
      )}
      <CampaignLinks id="campaigns-heading" heading={t("campaigns")} items={campaigns.map((campaign) => ({ key: campaign.slug, slug: campaign.slug, title: campaign.title }))} />
      <CampaignLinks id="updates-heading" heading={t("updates")} items={updates.map((update) => ({ key: update.id, slug: update.campaignSlug, updateId: update.id, title: update.title }))} />
    </>
  );
}

/** A titled list of links to campaign pages, or to update pages; nothing when empty. */
function CampaignLinks({ id, heading, items }: { id: string; heading: string; items: { key: string; slug: string; updateId?: string; title: { en: string; fr: string } }[] }) {
  const locale = useLocale() as Locale;
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {items.map((item) => {
          const { text, lang } = inPageLanguage(item.title, locale);
          return (
            <li key={item.key}>
              <Link href={item.updateId ? { pathname: "/campaigns/[slug]/updates/[id]", params: { slug: item.slug, id: item.updateId } } : { pathname: "/campaigns/[slug]", params: { slug: item.slug } }} lang={lang}>
                {text}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
