import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const other: Locale = locale === "en" ? "fr" : "en";
  return (
    <header className="site-header">
      <div className="container header-row">
        <Link href="/" className="brand">
          Chorus
        </Link>
        <nav aria-label={t("primaryNav")}>
          <ul>
            <li>
              <Link href="/">{t("home")}</Link>
            </li>
            <li>
              <Link href="/findings">{t("findings")}</Link>
            </li>
            <li>
              <LanguageSwitch target={other} label={t("otherLanguage")} description={t("otherLanguageLabel")} />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
