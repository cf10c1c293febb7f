import { apiTranslator } from "@/lib/i18n/api-translator";
import { preferredLocale } from "@/lib/i18n/preferred-locale";
import { openDataHeaders } from "./open-data-headers";

/** Open data's 404: the stable `error` code scripts test for, and a sentence in the client's language. */
export function openDataNotFound(request: Request): Response {
  const t = apiTranslator(preferredLocale(request.headers.get("accept-language")));
  return Response.json({ error: "not found", message: t("Api.notFound") }, { status: 404, headers: openDataHeaders });
}
