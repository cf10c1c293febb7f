import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { clientMessages, PANEL_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";
import { isLocale } from "@/lib/i18n/routing";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/** The organiser panel's forms translate in the browser too: they get the panel's texts, public pages do not. */
export default async function AdminLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return children;
  return <NextIntlClientProvider messages={await clientMessages(locale, PANEL_CLIENT_NAMESPACES)}>{children}</NextIntlClientProvider>;
}
