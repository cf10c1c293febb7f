import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { translatedTitle } from "@/lib/i18n/page-title";
import { signInCallbackTarget } from "@/server/mail/sign-in-link";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = translatedTitle("Admin.SignInLink", "title", { private: true });

/**
 * Where an emailed sign-in link lands. Opening it spends nothing (mail scanners follow links, they
 * do not press buttons); the button posts to Auth.js's callback, which spends the single-use token.
 */
export default async function SignInLinkPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  const t = await getTranslations({ locale, namespace: "Admin.SignInLink" });
  const target = signInCallbackTarget(query, env().APP_URL);
  return (
    <section className="narrow" aria-labelledby="sign-in-link-heading">
      <h1 id="sign-in-link-heading">{t("title")}</h1>
      {target ? (
        <>
          <p>{t("body")}</p>
          <form method="post" action={target}>
            <button type="submit">{t("button")}</button>
          </form>
        </>
      ) : (
        <>
          <p role="status">{t("invalid")}</p>
          <p>
            <Link href="/admin/sign-in">{t("askAgain")}</Link>
          </p>
        </>
      )}
    </section>
  );
}
