import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

type Params = { params: Promise<{ locale: string }> };

/**
 * A page's generateMetadata that only sets a translated title: `namespace.key` in the page's
 * locale. Private pages (admin, personal links) also ask search engines to stay away.
 */
export function translatedTitle(namespace: string, key: string, options: { private?: boolean } = {}) {
  return async ({ params }: Params): Promise<Metadata> => {
    const t = await getTranslations({ locale: (await params).locale, namespace });
    return { title: t(key), ...(options.private && { robots: { index: false, follow: false } }) };
  };
}
