import { getTranslations } from "next-intl/server";

export async function Forbidden() {
  const t = await getTranslations("Admin");
  return (
    <section className="notice" aria-labelledby="forbidden-heading">
      <h1 id="forbidden-heading">{t("forbiddenTitle")}</h1>
      <p>{t("forbidden")}</p>
    </section>
  );
}
