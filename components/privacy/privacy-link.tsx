import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/**
 * "How we use your data", beside the button of every form that collects personal data. A server
 * component, handed to client forms as a prop, so the privacy texts never go to the browser.
 */
export async function PrivacyLink({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "privacy" });
  return (
    <p className="hint privacy-link">
      <Link href="/privacy" locale={locale}>
        {t("formLink")}
      </Link>
    </p>
  );
}
