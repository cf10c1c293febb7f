import { readBody } from "@/lib/http/read-body";
import { apiTranslator } from "@/lib/i18n/api-translator";
import { localizedPath } from "@/lib/i18n/localized-path";
import { preferredLocale } from "@/lib/i18n/preferred-locale";
import { isLocale } from "@/lib/i18n/routing";
import { respondUnlessUnavailable } from "@/server/outage/unavailable-response";
import { exportMyData } from "@/server/privacy/export-my-data";
import { myDataSessionSupporter } from "@/server/privacy/my-data-session";
import { visitorRequestContext } from "@/server/request/visitor-context";

export const dynamic = "force-dynamic";

// Two short fields (format, locale): anything larger is not the page's form.
const FORM_LIMIT = 1024;

/**
 * The my-data page's download buttons: POST format=json|html&locale=en|fr, for the supporter this
 * browser's my-data session names, answered with the file as an attachment. Only a POST, from
 * this site: a link or an image elsewhere cannot make a browser download someone's data (and
 * count an export), and the session cookie is SameSite=Lax besides.
 */
export async function POST(request: Request) {
  const fallback = preferredLocale(request.headers.get("accept-language"));
  if (request.headers.get("sec-fetch-site") === "cross-site") return new Response(apiTranslator(fallback)("myData.exportRefused"), { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  const read = await readBody(request, FORM_LIMIT);
  if (!read.ok) return read.response;
  const form = Object.fromEntries(new URLSearchParams(read.text));
  const locale = isLocale(form.locale) ? form.locale : fallback;
  const supporterId = await myDataSessionSupporter();
  // No session (or it ran out): the page that explains how to get a new link.
  const toPage = () => Response.redirect(new URL(localizedPath(locale, "/my-data/view"), request.url), 303);
  if (!supporterId) return toPage();
  return respondUnlessUnavailable(
    () => locale,
    async () => {
      const result = await exportMyData(await visitorRequestContext(request.headers), supporterId, form);
      if (!result.ok) return result.error === "gone" ? toPage() : new Response(apiTranslator(locale)("myData.exportInvalid"), { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
      return new Response(result.body, {
        headers: {
          "content-type": result.contentType,
          // The filename is made of the date and the format only: safe in a header as it is.
          "content-disposition": `attachment; filename="${result.filename}"`,
          "cache-control": "no-store",
          "x-content-type-options": "nosniff",
        },
      });
    },
  );
}

/** Opening the address is not an export: 405, so that nothing but the page's buttons starts one. */
export function GET(request: Request) {
  return new Response(apiTranslator(preferredLocale(request.headers.get("accept-language")))("myData.exportGet"), { status: 405, headers: { allow: "POST", "content-type": "text/plain; charset=utf-8" } });
}
