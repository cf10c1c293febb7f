import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";
import { feedPaths } from "@/lib/updates/feed-links";

/** Visible links to the RSS and Atom feeds (the head carries them too, for feed readers). */
export function FeedLinks({ locale, slug }: { locale: Locale; slug?: string }) {
  const t = useTranslations("Updates");
  const paths = feedPaths(locale, slug);
  return (
    <p className="muted">
      {t("feeds")}{" "}
      <a href={paths.rss} type="application/rss+xml">
        {t("rss")}
      </a>{" "}
      ·{" "}
      <a href={paths.atom} type="application/atom+xml">
        {t("atom")}
      </a>
    </p>
  );
}
