import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/forbidden";
import { Link } from "@/lib/i18n/navigation";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";
import { asFormAction } from "@/server/auth/as-form-action";
import { staffPage } from "@/server/auth/staff-page";
import { staffContext } from "@/server/context";
import { getSignature } from "@/server/signatures/admin/get-signature";
import { eraseSignerAction } from "./actions";

type Props = { params: Promise<{ locale: string; id: string; signatureId: string }>; searchParams: Promise<{ error?: string }> };

export const generateMetadata = translatedTitle("signatureErase", "title", { private: true });

const ERRORS = { confirmRequired: "errors.confirmRequired", gone: "errors.gone" } as const;

/**
 * The confirmation step before an organiser erases a supporter on their request: what goes, what
 * stays, and a box saying the person asked. A plain form: it works without JavaScript.
 */
export default async function EraseSignerPage({ params, searchParams }: Props) {
  const { locale, id, signatureId } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/[id]/signatures/[signatureId]/erase");
  if (!actor) return <Forbidden />;
  const signature = await getSignature(staffContext(actor), id, signatureId);
  if (!signature) notFound();
  const [t, { error }] = await Promise.all([getTranslations({ locale, namespace: "signatureErase" }), searchParams]);
  const problem = error && error in ERRORS ? ERRORS[error as keyof typeof ERRORS] : null;
  return (
    <section className="stack narrow" aria-labelledby="erase-heading">
      <h1 id="erase-heading">{t("title")}</h1>
      <p>{t("who", { name: signature.name, email: signature.email })}</p>
      <p>{t("intro")}</p>
      {problem && (
        <p role="alert" className="error-summary">
          {t(problem)}
        </p>
      )}
      <h2>{t("goes")}</h2>
      <ul>
        <li>{t("goesData")}</li>
        <li>{t("goesLetters")}</li>
        <li>{t("goesRest")}</li>
      </ul>
      <h2>{t("stays")}</h2>
      <ul>
        <li>{t("staysCounts")}</li>
        <li>{t("staysProof")}</li>
        <li>{t("staysAudit")}</li>
      </ul>
      <form action={asFormAction(eraseSignerAction)} className="stack">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="campaignId" value={id} />
        <input type="hidden" name="signatureId" value={signatureId} />
        <div className="field">
          <label className="choice">
            <input type="checkbox" name="confirm" value="yes" required aria-describedby="erase-confirm-hint" aria-invalid={error === "confirmRequired" ? true : undefined} /> {t("confirm")}
          </label>
          <p id="erase-confirm-hint" className="hint">
            {t("confirmHint")}
          </p>
        </div>
        <div className="actions">
          <button type="submit" className="danger">
            {t("submit")}
          </button>
          <Link href={{ pathname: "/admin/campaigns/[id]/signatures/[signatureId]", params: { id, signatureId } }}>{t("cancel")}</Link>
        </div>
      </form>
    </section>
  );
}
