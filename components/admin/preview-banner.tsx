import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

type Props = { locale: string; state: string; children?: ReactNode };

/**
 * Marks a preview so no one takes it for the public page: what it is, the record's state, and the
 * links (back to the editor, to the public page once there is one) given as children.
 */
export async function PreviewBanner({ locale, state, children }: Props) {
  const t = await getTranslations({ locale, namespace: "Admin.Preview" });
  return (
    <div className="preview-banner" role="note" aria-label={t("label")}>
      <p>
        <strong>{t("notPublic")}</strong> {t("state", { state })}
      </p>
      {children && <p>{children}</p>}
    </div>
  );
}
