import type { Locale } from "@/lib/i18n/routing";

/** CONTRACT (issue 15, being built on wip/my-data-access): the "email me a link to my data" form, with its server action. */
export function MyDataRequestForm(_props: { locale: Locale }) {
  return null;
}
