import { corsPreflightHeaders } from "@/lib/http/open-data-headers";
import { bodyLimits, readJsonBody } from "@/lib/http/read-body";
import { apiTranslator } from "@/lib/i18n/api-translator";
import { preferredLocale } from "@/lib/i18n/preferred-locale";
import { isLocale } from "@/lib/i18n/routing";
import { isRefused } from "@/lib/refused";
import { respondUnlessUnavailable } from "@/server/outage/unavailable-response";
import { visitorRequestContext } from "@/server/request/visitor-context";
import { parseSignature } from "@/server/signatures/schemas";
import { signPetition } from "@/server/signatures/sign-petition";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

const cors = { "access-control-allow-origin": "*" };
const reply = (body: unknown, status: number) => Response.json(body, { status, headers: cors });

export function OPTIONS() {
  return new Response(null, { status: 204, headers: corsPreflightHeaders });
}

/**
 * POST /api/campaigns/<slug>/signatures {name,email,postalCode,country?,locale,subscribe} — for
 * embeds and partners: the same signing as the form. 202 {"status":"pending"}; 422 with each
 * field's error in the signer's language; 404 when the campaign is unknown or not open; 413 past
 * 16 KB (a signature is a few hundred bytes); 503 with a message in that language while the
 * database is unreachable (nothing is stored: send it again).
 */
export async function POST(request: Request, { params }: Context) {
  const { slug } = await params;
  const read = await readJsonBody(request, bodyLimits.signingApi, cors);
  if (!read.ok) return read.response;
  const body = read.json;
  // Until the body names a language we write in, refusals follow the client's Accept-Language.
  const requested = (body as { locale?: unknown } | null)?.locale;
  const locale = isLocale(requested) ? requested : preferredLocale(request.headers.get("accept-language"));
  const t = apiTranslator(locale);
  if (typeof body !== "object" || body === null || Array.isArray(body)) return reply({ errors: { body: t("Api.notJson") } }, 422);
  const parsed = parseSignature(body);
  if (!parsed.ok) return reply({ errors: Object.fromEntries(Object.entries(parsed.fields ?? {}).map(([field, key]) => [field, t(`Sign.errors.${key as "nameRequired"}`)])) }, 422);
  return respondUnlessUnavailable(
    () => parsed.data.locale,
    async () => {
      const context = await visitorRequestContext(request.headers);
      const result = await signPetition(context, slug, parsed.data, { source: "api" }).catch((error: unknown) => {
        if (isRefused(error) && error.code === "not-found") return null;
        throw error;
      });
      // Unknown and closed campaigns get the same answer.
      if (!result?.ok) return reply({ error: t("Api.campaignClosed") }, 404);
      return reply({ status: "pending" }, 202);
    },
    cors,
  );
}
