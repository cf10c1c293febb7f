import "server-only";
import { apiTranslator } from "@/lib/i18n/api-translator";
import type { Locale } from "@/lib/i18n/routing";
import { MERGE_FIELDS, type MergeField } from "@/lib/letters/merge-fields";

/**
 * The square-bracket stand-ins ("[your riding]") the composer shows for merge fields it cannot fill
 * before the preview; the composer's action turns them back into fields.
 */
export async function placeholderLabels(locale: Locale): Promise<Record<MergeField, string>> {
  // From the catalogues directly, like the API's messages: the action runs outside a page.
  const t = apiTranslator(locale);
  return Object.fromEntries(MERGE_FIELDS.map((field) => [field, t(`Write.placeholders.${field}`)])) as Record<MergeField, string>;
}
