import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** What the my-data pages show to a browser that has not opened a my-data link (or whose half hour is over). */
export async function MyDataNoSession({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "myData.noSession" });
  return (
    <section className="stack narrow" aria-labelledby="my-data-heading">
      <h1 id="my-data-heading">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/my-data">{t("link")}</Link>
      </p>
    </section>
  );
}
