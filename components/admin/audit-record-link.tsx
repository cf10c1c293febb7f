import { getTranslations } from "next-intl/server";
import type { AuditRecord } from "@/server/audit/describe-audit-records";
import { Link } from "@/lib/i18n/navigation";

type Props = { record: AuditRecord; locale: string };

/** The record an audit entry is about, by its title in the reader's language, linked to its panel page. */
export async function AuditRecordLink({ record, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "Admin.Audit" });
  const type = t.has(`entities.${record.type}`) ? t(`entities.${record.type}` as "entities.campaign") : record.type;
  if (record.type === "organisation") return <Link href="/admin/settings">{t("organisationSettings")}</Link>;
  if (!record.id) return <>{type}</>;
  if (!record.title) return <>{t("goneRecord", { type })}</>;
  const title = locale === "fr" ? record.title.fr : record.title.en;
  const { id, campaignId } = record;
  const link = (() => {
    switch (record.type) {
      case "campaign":
        return <Link href={{ pathname: "/admin/campaigns/[id]", params: { id } }}>{title}</Link>;
      case "campaign_update":
        return campaignId ? <Link href={{ pathname: "/admin/campaigns/[id]/updates/[updateId]", params: { id: campaignId, updateId: id } }}>{title}</Link> : title;
      case "signature":
        return campaignId ? <Link href={{ pathname: "/admin/campaigns/[id]/signatures/[signatureId]", params: { id: campaignId, signatureId: id } }}>{title}</Link> : title;
      case "finding":
        return <Link href={{ pathname: "/admin/findings/[id]", params: { id } }}>{title}</Link>;
      case "representative":
        return <Link href={{ pathname: "/admin/directory/[representativeId]", params: { representativeId: id } }}>{title}</Link>;
      case "fixed-target":
        return <Link href="/admin/directory">{title}</Link>;
      case "email":
        return <Link href={{ pathname: "/admin/outbox/[id]", params: { id } }}>{title}</Link>;
      case "user":
        return <Link href={{ pathname: "/admin/users", hash: `user-${id}` }}>{title}</Link>;
      default:
        return title;
    }
  })();
  return (
    <>
      <span className="muted">{type}</span> {link}
    </>
  );
}
