import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { UpdateArticle } from "@/components/updates/update-article";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { feedAlternates } from "@/lib/updates/feed-links";
import { citedFindings, publishedUpdate } from "@/server/public-pages/public-reads";

// Rendered per request from reads memoised a minute; publishing, changing or unpublishing an
// update in this process expires them at once.

type Props = { params: Promise<{ locale: string; slug: string; id: string }> };

async function load({ params }: Props) {
  const { locale, slug, id } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const update = await publishedUpdate(slug, id);
  if (!update) notFound();
  return { locale, update };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, update } = await load(props);
  const t = await getTranslations({ locale, namespace: "Updates" });
  const campaign = localized(update.campaign.title, locale);
  return { title: localized(update.title, locale), alternates: feedAlternates(locale, t("campaignFeedTitle", { campaign }), update.campaign.slug) };
}

/** One update in full, with its numbered citations and their sources. */
export default async function UpdatePage(props: Props) {
  const { locale, update } = await load(props);
  const [t, findings] = await Promise.all([getTranslations({ locale, namespace: "Updates" }), citedFindings(update.citedIds)]);
  const slug = update.campaign.slug;
  return (
    <>
      <p>
        <Link href={{ pathname: "/campaigns/[slug]", params: { slug } }}>{localized(update.campaign.title, locale)}</Link> · <Link href={{ pathname: "/campaigns/[slug]/updates", params: { slug } }}>{t("allUpdates")}</Link>
      </p>
      <UpdateArticle update={update} findings={findings} headingLevel={1} />
    </>
  );
}
