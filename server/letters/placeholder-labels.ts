import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { MERGE_FIELDS, type MergeField } from "@/lib/letters/merge-fields";

/**
 * The square-bracket stand-ins ("[your riding]") the composer shows for merge fields it cannot fill
 * before the preview; the composer's action turns them back into fields.
 */
export async function placeholderLabels(locale: Locale): Promise<Record<MergeField, string>> {
  const t = await getTranslations({ locale, namespace: "Write.placeholders" });
  return Object.fromEntries(MERGE_FIELDS.map((field) => [field, t(field)])) as Record<MergeField, string>;
}
