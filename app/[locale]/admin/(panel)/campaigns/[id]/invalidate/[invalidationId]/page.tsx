import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Facts } from "@/components/admin/facts";
import { ReasonField } from "@/components/admin/form/fields";
import { PanelForm } from "@/components/admin/form/panel-form";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { panelDates } from "@/lib/time/panel-date";
import { staffPage } from "@/server/auth/staff-page";
import { staffContext } from "@/server/context";
import { getTimeZone } from "@/server/organisation/get-time-zone";
import { getInvalidation } from "@/server/signatures/admin/get-invalidation";
import { undoInvalidationAction } from "../actions";
import { conditionText } from "../condition-text";

type Props = { params: Promise<{ locale: string; id: string; invalidationId: string }> };

export const generateMetadata = translatedTitle("Admin.Invalidate.undoPage", "title", { private: true });

/**
 * The confirmation step of undoing a bulk invalidation: what it did, how many of its signatures an
 * undo would restore now, and a required reason. Once undone, it says when and by whom instead.
 */
export default async function UndoInvalidationPage({ params }: Props) {
  const { locale, id, invalidationId } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/[id]/invalidate/[invalidationId]");
  if (!actor) return <Forbidden />;
  const context = staffContext(actor);
  const invalidation = await getInvalidation(context, id, invalidationId);
  if (!invalidation) notFound();
  const [t, marks, zone] = await Promise.all([getTranslations({ locale, namespace: "Admin.Invalidate.undoPage" }), getTranslations({ locale, namespace: "Admin.Invalidate.marks" }), getTimeZone()]);
  const when = panelDates(locale, zone);
  const facts: [string, string][] = [
    [t("facts.when"), when.time(invalidation.createdAt)],
    [t("facts.by"), invalidation.actorEmail],
    [t("facts.condition"), await conditionText(locale, zone, invalidation.condition)],
    [t("facts.mark"), marks(invalidation.mark)],
    [t("facts.changed"), String(invalidation.changed)],
    [t("facts.reason"), invalidation.reason],
  ];
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        <Link href={{ pathname: "/admin/campaigns/[id]/invalidate", params: { id } }}>{t("back")}</Link>
      </p>
      <Facts facts={facts} />
      {invalidation.undoneAt ? (
        <p role="status" className="notice">
          {t("alreadyUndone", { when: when.time(invalidation.undoneAt), who: invalidation.undoneBy ?? "—" })}
        </p>
      ) : (
        <section aria-labelledby="undo-heading">
          <h2 id="undo-heading">{t("confirm", { count: invalidation.restorable })}</h2>
          <p>{t("intro")}</p>
          <p>
            <strong>{t("still", { count: invalidation.restorable })}</strong>
          </p>
          <PanelForm action={undoInvalidationAction} initial={{}} namespace="Admin.Invalidate.undoPage" labels={{ reason: t("reason") }} className="stack narrow">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="campaignId" value={id} />
            <input type="hidden" name="invalidationId" value={invalidationId} />
            <ReasonField label={t("reason")} />
            <div>
              <button type="submit">{t("confirm", { count: invalidation.restorable })}</button>
            </div>
          </PanelForm>
        </section>
      )}
    </>
  );
}
