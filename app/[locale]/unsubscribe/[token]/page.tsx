import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { UnavailableNotice } from "@/components/unavailable-notice";
import { isLocale } from "@/lib/i18n/routing";
import { unsubscribeSupporter } from "@/server/mail/unsubscribe-supporter";
import { orUnavailable, UNAVAILABLE } from "@/server/outage/or-unavailable";
import { translatedTitle } from "@/lib/i18n/page-title";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }> };

export const generateMetadata = translatedTitle("Unsubscribe", "title", { private: true });

// The link in every bulk email's footer: it takes effect on arrival, as people expect of it.
export default async function UnsubscribePage({ params }: Props) {
  const { locale, token } = await params;
  const t = await getTranslations({ locale, namespace: "Unsubscribe" });
  const result = await orUnavailable(() => unsubscribeSupporter(token, "email-link"));
  // Not unsubscribed yet: the notice asks to open the link again shortly.
  if (result === UNAVAILABLE) return <UnavailableNotice locale={isLocale(locale) ? locale : "en"} />;
  return (
    <section className="notice" aria-labelledby="unsubscribe-heading">
      <h1 id="unsubscribe-heading">{result.ok ? t("doneTitle") : t("invalidTitle")}</h1>
      <p role="status">{result.ok ? t("done", { email: result.email }) : t("invalid")}</p>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </section>
  );
}
