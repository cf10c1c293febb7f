import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MyDataActions } from "@/components/privacy/my-data-actions";
import { MyDataNoSession } from "@/components/privacy/my-data-no-session";
import { MyDataReport } from "@/components/privacy/my-data-report";
import { organisationName } from "@/lib/i18n/organisation-name";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";
import { publicContext } from "@/server/context";
import { getOrganisation } from "@/server/organisation/get-organisation";
import { getTimeZone } from "@/server/organisation/get-time-zone";
import { getMyData } from "@/server/privacy/get-my-data";
import { myDataLabels, type Translate } from "@/server/privacy/my-data-labels";
import { myDataSessionSupporter } from "@/server/privacy/my-data-session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = translatedTitle("myData", "title", { private: true });

/**
 * Everything Chorus holds on the supporter whose my-data link this browser opened, in the page's
 * language; printed, it is the readable copy. Without that session (or once it ran out, or the
 * data is erased) it only explains how to get a link: the page never takes an address.
 */
export default async function MyDataPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const supporterId = await myDataSessionSupporter();
  const data = supporterId ? await getMyData(publicContext, supporterId) : null;
  if (!data) return <MyDataNoSession locale={locale} />;
  const [t, organisation, timeZone] = await Promise.all([getTranslations({ locale }), getOrganisation(), getTimeZone()]);
  const labels = myDataLabels(t as unknown as Translate, locale, timeZone);
  return (
    <div className="stack">
      <h1>{t("myData.title")}</h1>
      <p className="lead">{t("myData.intro", { organisation: organisation ? organisationName(organisation, locale) : "Chorus", email: data.supporter.email })}</p>
      <p className="my-data-print-hint muted">{t("myData.printHint")}</p>
      <MyDataActions locale={locale} labels={labels} />
      <MyDataReport data={data} labels={labels} />
    </div>
  );
}
