import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Facts } from "@/components/admin/facts";
import { FieldError, ReasonField, Select } from "@/components/admin/form/fields";
import { PanelForm } from "@/components/admin/form/panel-form";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { countryName } from "@/lib/countries";
import { isLocale } from "@/lib/i18n/routing";
import { can } from "@/server/auth/permissions";
import { staffPage } from "@/server/auth/staff-page";
import { staffContext } from "@/server/context";
import { getSignature } from "@/server/signatures/admin/get-signature";
import { invalidateSignatureAction, restoreSignatureAction } from "../../invalidate/actions";
import { panelDates } from "@/lib/time/panel-date";
import { getTimeZone } from "@/server/organisation/get-time-zone";

// What the last action's redirect says, by its outcome; the reason's own errors show beside the field.
const DONE: Record<string, "invalidatedOne" | "restoredOne" | "errors.notChanged" | "errors.notRestorable"> = {
  invalidated: "invalidatedOne",
  restored: "restoredOne",
  notFound: "errors.notChanged",
  invalid: "errors.notChanged",
  notRestorable: "errors.notRestorable",
};

type Props = { params: Promise<{ locale: string; id: string; signatureId: string }>; searchParams: Promise<{ done?: string }> };

export const generateMetadata = translatedTitle("Admin.Signatures", "one", { private: true });

/** One signature and the consent records behind it: what the supporter agreed to, in which words, when and where. */
export default async function SignaturePage({ params, searchParams }: Props) {
  const { locale, id, signatureId } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/[id]/signatures/[signatureId]");
  if (!actor) return <Forbidden />;
  const context = staffContext(actor);
  const signature = await getSignature(context, id, signatureId);
  if (!signature) notFound();
  const [t, te, { done }, zone] = await Promise.all([getTranslations({ locale, namespace: "Admin.Signatures" }), getTranslations({ locale, namespace: "signatureErase" }), searchParams, getTimeZone()]);
  const time = panelDates(locale, zone).seconds;
  const facts: [string, string][] = [
    [t("columns.email"), signature.email],
    [t("columns.state"), t(`states.${signature.state}`)],
    [t("columns.postalCode"), signature.postalCode ?? "—"],
    [t("columns.province"), signature.province ?? "—"],
    [t("columns.country"), countryName(signature.country, locale)],
    [t("columns.riding"), signature.ridingCode ?? "—"],
    [t("columns.language"), signature.locale],
    [t("columns.signedAt"), time(signature.createdAt)],
    [t("columns.confirmedAt"), time(signature.confirmedAt)],
    [t("invalidatedAt"), time(signature.invalidatedAt)],
    [t("columns.subscribed"), t(`subscription.${signature.subscription}`)],
    [t("source"), signature.source],
    [t("ipHash"), signature.ipHash ?? "—"],
  ];
  return (
    <>
      <h1>{signature.name}</h1>
      <p>
        <Link href={{ pathname: "/admin/campaigns/[id]/signatures", params: { id } }}>{t("backToList")}</Link>
      </p>
      {done && DONE[done] && (
        <p role="status" className="notice">
          {t(DONE[done])}
        </p>
      )}
      {signature.stateChange && (
        <p className="notice">
          {t(signature.stateChange.restored ? "restoredBy" : "invalidatedBy", { who: signature.stateChange.by, when: time(signature.stateChange.at) })} {signature.stateChange.reason && <q>{signature.stateChange.reason}</q>}
        </p>
      )}
      <Facts facts={facts} />
      <section aria-labelledby="consent-heading">
        <h2 id="consent-heading">{t("consents")}</h2>
        {signature.consents.length === 0 && <p>{t("noConsents")}</p>}
        <ol className="stack">
          {signature.consents.map((consent) => (
            <li key={consent.id}>
              <p>
                <strong>{t(`consentAction.${consent.action}`, { purpose: t(`purpose.${consent.purpose}`) })}</strong> · {time(consent.createdAt)} · {consent.source} · {consent.locale}
                {consent.version !== null && <span className="muted"> · {t("version", { version: consent.version })}</span>}
              </p>
              {consent.textEn && <blockquote lang={consent.locale}>{consent.locale === "fr" ? consent.textFr : consent.textEn}</blockquote>}
            </li>
          ))}
        </ol>
      </section>
      {(signature.state === "pending" || signature.state === "confirmed") && (
        <section aria-labelledby="invalidate-heading">
          <h2 id="invalidate-heading">{t("invalidateOne")}</h2>
          <PanelForm action={invalidateSignatureAction} initial={{ mark: "invalidated" }} namespace="Admin.Signatures" labels={{ mark: t("mark"), reason: t("reason") }} className="stack narrow">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="campaignId" value={id} />
            <input type="hidden" name="signatureId" value={signatureId} />
            <div className="field">
              <label htmlFor="mark">{t("mark")}</label>
              <Select name="mark">
                <option value="invalidated">{t("states.invalidated")}</option>
                <option value="fraudulent">{t("states.fraudulent")}</option>
              </Select>
              <FieldError name="mark" />
            </div>
            <ReasonField label={t("reason")} />
            <button type="submit" className="danger">
              {t("invalidateOne")}
            </button>
          </PanelForm>
        </section>
      )}
      {signature.restorable && (
        <section aria-labelledby="restore-heading">
          <h2 id="restore-heading">{t("restoreOne")}</h2>
          <p>{t(signature.confirmedAt ? "restoreHintConfirmed" : "restoreHintPending")}</p>
          {signature.invalidationId && (
            <p>
              {t("inBulk")} <Link href={{ pathname: "/admin/campaigns/[id]/invalidate/[invalidationId]", params: { id, invalidationId: signature.invalidationId } }}>{t("inBulkLink")}</Link>
            </p>
          )}
          <PanelForm action={restoreSignatureAction} initial={{}} namespace="Admin.Signatures" labels={{ reason: t("reason") }} className="stack narrow">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="campaignId" value={id} />
            <input type="hidden" name="signatureId" value={signatureId} />
            <ReasonField label={t("reason")} />
            <button type="submit">{t("restoreOne")}</button>
          </PanelForm>
        </section>
      )}
      {can(actor.role, "supporters.erase") && (
        <p>
          <Link href={{ pathname: "/admin/campaigns/[id]/signatures/[signatureId]/erase", params: { id, signatureId } }}>{te("link")}</Link>
        </p>
      )}
    </>
  );
}
