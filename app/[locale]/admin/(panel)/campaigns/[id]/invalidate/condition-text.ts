import { getTranslations } from "next-intl/server";
import { panelDates } from "@/lib/time/panel-date";
import type { InvalidationRow } from "@/server/signatures/admin/list-invalidations";

/**
 * A bulk invalidation's condition in words, on the organisation's clock: "IP hash 3f…, from 1 Dec
 * 2026, 09:00 to 1 Dec 2026, 11:00". The hash is cut in the list (it stays whole on the undo page).
 */
export async function conditionText(locale: string, zone: string, condition: InvalidationRow["condition"], { shortHash = false } = {}) {
  const t = await getTranslations({ locale, namespace: "Admin.Invalidate" });
  const when = panelDates(locale, zone);
  const hash = condition.ipHash && shortHash ? `${condition.ipHash.slice(0, 10)}…` : condition.ipHash;
  const parts = [hash && t("byIp", { hash }), condition.emailDomain && t("byDomain", { domain: condition.emailDomain })].filter(Boolean);
  return `${parts.join(", ")}, ${t("window", { from: when.time(new Date(condition.from)), to: when.time(new Date(condition.to)) })}`;
}
