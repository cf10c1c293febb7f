"use client";

import { useParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = { target: Locale; label: string; description: string };

/**
 * A plain link to the same page in the other language (works without JavaScript), with the
 * localised path: /en/campaigns/x ⇄ /fr/campagnes/x.
 */
export function LanguageSwitch({ target, label, description }: Props) {
  const pathname = usePathname();
  const params = useParams();
  // usePathname gives the route template; the dynamic segments come from the current params.
  const href = { pathname, params } as unknown as Parameters<typeof Link>[0]["href"];
  return (
    <Link href={href} locale={target} lang={target} hrefLang={target} aria-label={description} className="language-switch">
      {label}
    </Link>
  );
}
