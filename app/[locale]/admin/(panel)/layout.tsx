import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { staffPage } from "@/server/auth/staff-page";
import { signOutAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export default async function PanelLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, ["admin", "organiser", "viewer"]);
  const t = await getTranslations({ locale, namespace: "Admin" });
  return (
    <div className="admin">
      <nav aria-label={t("nav")} className="admin-nav">
        <ul>
          <li>
            <Link href="/admin">{t("dashboard")}</Link>
          </li>
          <li>
            <Link href="/admin/outbox">{t("outbox")}</Link>
          </li>
        </ul>
        <form action={signOutAction}>
          <span className="muted">{t("signedInAs", { email: actor?.email ?? "", role: actor?.role ?? "" })}</span>{" "}
          <button type="submit" className="link-button">
            {t("signOut")}
          </button>
        </form>
      </nav>
      {children}
    </div>
  );
}
