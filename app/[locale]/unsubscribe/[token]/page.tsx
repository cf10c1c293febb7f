import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { unsubscribeSupporter } from "@/server/mail/unsubscribe-supporter";
import { translatedTitle } from "@/lib/i18n/page-title";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }> };

export const generateMetadata = translatedTitle("Unsubscribe", "title", { private: true });

// The link in every bulk email's footer: it takes effect on arrival, as people expect of it.
export default async function UnsubscribePage({ params }: Props) {
  const { locale, token } = await params;
  const t = await getTranslations({ locale, namespace: "Unsubscribe" });
  const result = await unsubscribeSupporter(token, "email-link");
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
