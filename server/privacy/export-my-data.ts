import "server-only";
import { z } from "zod";
import { postedFields } from "@/lib/forms/posted-fields";
import { apiTranslator } from "@/lib/i18n/api-translator";
import { organisationName } from "@/lib/i18n/organisation-name";
import { locales } from "@/lib/i18n/routing";
import { failed, ok, type Result } from "@/lib/result";
import { transaction, type Context } from "@/server/context";
import { getOrganisation } from "@/server/organisation/get-organisation";
import { getTimeZone } from "@/server/organisation/get-time-zone";
import { myDataHtml } from "./export/my-data-html";
import { myDataJsonText } from "./export/my-data-json";
import { getMyData } from "./get-my-data";
import { myDataLabels, type Translate } from "./my-data-labels";
import { recordDataRequest } from "./record-data-request";

const exportInput = z.object({ format: z.enum(["json", "html"]), locale: z.enum(locales) });

export type MyDataFile = { filename: string; contentType: string; body: string };

/**
 * One export of the supporter's own data (the my-data page's download buttons, posted as a form:
 * "format" json or html, "locale" the page's): the file, and one export counted on the organisers'
 * data requests page, in one transaction, so every file handed out is counted and nothing is
 * counted that was not. "gone": the supporter no longer exists (erased since the session began).
 */
export async function exportMyData(ctx: Context, supporterId: string, raw: unknown): Promise<Result<MyDataFile, "invalid" | "gone">> {
  const parsed = exportInput.safeParse(postedFields(raw));
  if (!parsed.success) return failed("invalid");
  const { format, locale } = parsed.data;
  return transaction(ctx, async (tx) => {
    const data = await getMyData(tx, supporterId);
    if (!data) return failed("gone");
    await recordDataRequest(tx, "export", "supporter");
    const organisation = await getOrganisation(tx);
    const exportedAt = new Date();
    // The date a person would expect in a downloads folder, and no name or address in it.
    const filename = `my-data-${exportedAt.toISOString().slice(0, 10)}.${format}`;
    if (format === "json") return ok({ filename, contentType: "application/json; charset=utf-8", body: myDataJsonText(data, organisation, exportedAt) });
    const labels = myDataLabels(apiTranslator(locale) as unknown as Translate, locale, await getTimeZone());
    const name = organisation ? organisationName(organisation, locale) : "Chorus";
    return ok({ filename, contentType: "text/html; charset=utf-8", body: myDataHtml(data, labels, locale, name, exportedAt) });
  });
}
