import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { asFormAction } from "@/server/auth/as-form-action";
import { can } from "@/server/auth/permissions";
import { pagePolicy } from "@/server/auth/policy";
import { staffPage } from "@/server/auth/staff-page";
import { zoneName } from "@/lib/time/panel-date";
import { getTimeZone } from "@/server/organisation/get-time-zone";
import { signOutAction, signOutEverywhereAction } from "./actions";

export const dynamic = "force-dynamic";

// Each role sees only the pages it may open; the pages check again on the server.
const NAV = [
  { href: "/admin", label: "dashboard" },
  { href: "/admin/campaigns", label: "campaigns" },
  { href: "/admin/findings", label: "findings" },
  { href: "/admin/directory", label: "directory" },
  { href: "/admin/outbox", label: "outbox" },
  { href: "/admin/users", label: "users" },
  { href: "/admin/settings", label: "settings" },
  { href: "/admin/audit", label: "audit" },
  { href: "/admin/data-requests", label: "dataRequests" },
] as const;

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export default async function PanelLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin");
  const [t, dataRequests, zone] = await Promise.all([getTranslations({ locale, namespace: "Admin" }), getTranslations({ locale, namespace: "adminDataRequests" }), getTimeZone()]);
  // Issue 15's pages keep their words in their own namespaces.
  const label = (item: (typeof NAV)[number]) => (item.label === "dataRequests" ? dataRequests("nav") : t(item.label));
  return (
    <div className="admin">
      <nav aria-label={t("nav")} className="admin-nav">
        <ul>
          {NAV.filter((item) => actor && can(actor.role, pagePolicy[item.href])).map((item) => (
            <li key={item.href}>
              <Link href={item.href}>{label(item)}</Link>
            </li>
          ))}
        </ul>
        <form action={asFormAction(signOutAction)}>
          <span className="muted">{t("signedInAs", { email: actor?.email ?? "", role: actor?.role ?? "" })}</span>{" "}
          <button type="submit" className="link-button">
            {t("signOut")}
          </button>
        </form>
        <form action={asFormAction(signOutEverywhereAction)}>
          <button type="submit" className="link-button">
            {t("signOutEverywhere")}
          </button>
        </form>
      </nav>
      {children}
      <p className="muted">{t("Time.allTimes", { zone: zoneName(locale, zone) })}</p>
    </div>
  );
}
