import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FeedLinks } from "@/components/updates/feed-links";
import { UpdateList } from "@/components/updates/update-list";
import { getPathname } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { feedAlternates } from "@/lib/updates/feed-links";
import { publicContext } from "@/server/context";
import { publishedUpdates } from "@/server/public-pages/public-reads";
import { loadCitedFindings } from "@/server/updates/load-cited-findings";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ before?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "Updates" });
  return { title: t("indexTitle"), alternates: feedAlternates(locale, t("feedTitle")) };
}

/** Every campaign's public updates, newest first, 20 a page by keyset (`?before=`). */
export default async function UpdatesIndexPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [t, page] = await Promise.all([getTranslations({ locale, namespace: "Updates" }), searchParams.then((query) => publishedUpdates({ before: query.before ?? null }))]);
  const findings = await loadCitedFindings(
    publicContext,
    page.updates.flatMap((update) => update.citedIds),
  );
  const olderHref = page.next ? `${getPathname({ href: "/updates", locale })}?before=${page.next}` : null;
  return (
    <>
      <h1>{t("indexTitle")}</h1>
      <FeedLinks locale={locale} />
      <UpdateList updates={page.updates} findings={findings} showCampaign olderHref={olderHref} />
    </>
  );
}
