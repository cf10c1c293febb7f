import { getTranslations } from "next-intl/server";
import { corsPreflightHeaders } from "@/lib/http/open-data-headers";
import { isLocale } from "@/lib/i18n/routing";
import { clientIpHash } from "@/server/request/client-ip-hash";
import { respondUnlessUnavailable } from "@/server/outage/unavailable-response";
import { parseSignature } from "@/server/signatures/schemas";
import { signPetition } from "@/server/signatures/sign-petition";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

const reply = (body: unknown, status: number) => Response.json(body, { status, headers: { "access-control-allow-origin": "*" } });

export function OPTIONS() {
  return new Response(null, { status: 204, headers: corsPreflightHeaders });
}

/**
 * POST /api/campaigns/<slug>/signatures {name,email,postalCode,country?,locale,subscribe} — for
 * embeds and partners: the same signing as the form. 202 {"status":"pending"}; 422 with each
 * field's error in the signer's language; 404 when the campaign is unknown or not open; 503 with
 * a message in that language while the database is unreachable (nothing is stored: send it again).
 */
export async function POST(request: Request, { params }: Context) {
  const { slug } = await params;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return reply({ errors: { body: "Send a JSON object." } }, 422);
  }
  const parsed = parseSignature(body);
  if (!parsed.ok) {
    const requested = (body as { locale?: unknown } | null)?.locale;
    const t = await getTranslations({ locale: isLocale(requested) ? requested : "en", namespace: "Sign.errors" });
    return reply({ errors: Object.fromEntries(Object.entries(parsed.errors).map(([field, key]) => [field, t(key as "nameRequired")])) }, 422);
  }
  return respondUnlessUnavailable(
    () => parsed.data.locale,
    async () => {
      const result = await signPetition(slug, parsed.data, { ipHash: await clientIpHash(request.headers), source: "api" });
      if (result.status !== "pending") return reply({ error: "This campaign is unknown or does not accept signatures." }, 404);
      return reply({ status: "pending" }, 202);
    },
    { "access-control-allow-origin": "*" },
  );
}
