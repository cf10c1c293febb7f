import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LetterActionForm } from "@/components/admin/letter-action-form";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { actionPolicy } from "@/server/auth/policy";
import { staffPage } from "@/server/auth/staff-page";
import { getCampaignForEditing } from "@/server/campaigns/admin/get-campaign-for-editing";
import { getLetterActionForEditing } from "@/server/letters/get-letter-action-for-editing";
import { letterStats } from "@/server/letters/letter-stats";
import { saveLetterActionAction } from "./actions";
import { LetterStatsTable } from "./letter-stats-table";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const generateMetadata = translatedTitle("Admin.Letters", "title", { private: true });

const TEXTS = ["subjectsEn", "subjectsFr", "salutationEn", "salutationFr", "templateEn", "templateFr", "orgSalutationEn", "orgSalutationFr", "orgTemplateEn", "orgTemplateFr"] as const;

/** An action saved before organisations had their own text sends them the elected members' one: the editor starts from it. */
function organisationStart(action: Record<(typeof TEXTS)[number], string>) {
  if (action.orgTemplateEn.trim() || action.orgTemplateFr.trim()) return {};
  return { orgSalutationEn: action.salutationEn, orgSalutationFr: action.salutationFr, orgTemplateEn: action.templateEn, orgTemplateFr: action.templateFr };
}

export default async function LettersPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/[id]/letters");
  if (!actor) return <Forbidden />;
  const campaign = await getCampaignForEditing(id);
  if (!campaign) notFound();
  const [t, r, query, { action, targets }, stats] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.Letters" }),
    getTranslations({ locale, namespace: "Admin.LetterRetry" }),
    searchParams,
    getLetterActionForEditing(id),
    letterStats(id),
  ]);
  const saved = action ? { ...action, ...organisationStart(action) } : null;
  const initial: Record<string, string> = {
    kind: saved?.kind ?? "representatives",
    toMp: (saved?.toMp ?? true) ? "on" : "",
    toProvincialMember: saved?.toProvincialMember ? "on" : "",
    fixedTargetIds: (saved?.fixedTargetIds ?? []).join(","),
    ...Object.fromEntries(TEXTS.map((name) => [name, saved?.[name] ?? t(`defaults.${name}`)])),
    editable: (saved?.editable ?? true) ? "on" : "",
    delivery: saved?.delivery ?? "each",
    digestEvery: String(saved?.digestEvery ?? 25),
    digestHours: String(saved?.digestHours ?? 24),
    officeHoursOnly: saved?.officeHoursOnly ? "on" : "",
    maxPerHourPerTarget: String(saved?.maxPerHourPerTarget ?? 30),
  };
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        <Link href={{ pathname: "/admin/campaigns/[id]", params: { id } }}>{locale === "fr" ? campaign.titleFr : campaign.titleEn}</Link>
        {!campaign.lettersEnabled && <span className="muted"> · {t("off")}</span>}
      </p>
      {query.saved && <p role="status" className="notice">{t("saved")}</p>}
      {query.retried && <p role="status" className="notice">{r("done", { retried: Number(query.retried) || 0, skipped: Number(query.skipped) || 0 })}</p>}
      {query.retryError && <p role="alert" className="error-summary">{r("failed")}</p>}
      <LetterActionForm
        action={saveLetterActionAction}
        locale={locale}
        campaignId={id}
        initial={initial}
        targets={targets.map((target) => ({ id: target.id, name: locale === "fr" ? target.nameFr : target.nameEn, email: target.email }))}
      />
      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading">{t("statsHeading")}</h2>
        <LetterStatsTable locale={locale} campaignId={id} stats={stats} canRetry={(actionPolicy.retryFailedLettersAction as readonly string[]).includes(actor.role)} />
      </section>
    </>
  );
}
