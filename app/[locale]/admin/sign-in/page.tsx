import { getTranslations } from "next-intl/server";
import { PrivacyLink } from "@/components/privacy/privacy-link";
import { SignInForm } from "@/components/sign-in-form";
import { isLocale } from "@/lib/i18n/routing";
import { translatedTitle } from "@/lib/i18n/page-title";
import { signInAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> };

export const generateMetadata = translatedTitle("Admin.SignIn", "title", { private: true });

export default async function SignInPage({ params, searchParams }: Props) {
  const [{ locale }, { error }] = await Promise.all([params, searchParams]);
  const t = await getTranslations({ locale, namespace: "Admin.SignIn" });
  return (
    <section className="narrow" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">{t("title")}</h1>
      <p>{t("intro")}</p>
      {error && (
        <p className="notice" role="alert">
          {error === "Verification" ? t("linkExpired") : t("failed")}
        </p>
      )}
      <SignInForm signIn={signInAction} privacyLink={<PrivacyLink locale={isLocale(locale) ? locale : "en"} />} />
    </section>
  );
}
