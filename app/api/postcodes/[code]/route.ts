import { apiTranslator } from "@/lib/i18n/api-translator";
import { isLocale } from "@/lib/i18n/routing";
import { publicContext } from "@/server/context";
import { lookupPostalCode, type Candidate } from "@/server/directory/lookup-postal-code";

export const dynamic = "force-dynamic";

// Public: what a letter composer shows. Representatives' addresses are not part of it.
const shown = (candidate: Candidate) => ({
  id: candidate.code,
  name: { en: candidate.nameEn, fr: candidate.nameFr },
  representative: candidate.representative && { name: candidate.representative.name, party: candidate.representative.party, office: candidate.representative.office, writable: candidate.representative.writable },
});

/** The code as typed: a "%" that is not an escape (K1A%0A6 decoded once already) stays as it is, and the lookup refuses it. */
function decodeOnce(code: string): string {
  try {
    return decodeURIComponent(code);
  } catch {
    return code;
  }
}

/**
 * GET /api/postcodes/<code>?locale=fr — the federal ridings a postal code may lie in, with their MPs,
 * how sure that is (`basis`) and whether the supporter must choose. The lookup's own duration is in
 * Server-Timing (what npm run bench:lookup measures).
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const requested = new URL(request.url).searchParams.get("locale");
  // Absent means English; a language we do not write in is refused rather than guessed.
  if (requested !== null && !isLocale(requested)) return Response.json({ error: "localeInvalid", message: apiTranslator("en")("Api.localeInvalid") }, { status: 400, headers: { "access-control-allow-origin": "*" } });
  const t = apiTranslator(requested ?? "en");
  const started = performance.now();
  const lookup = await lookupPostalCode(publicContext, decodeOnce((await params).code));
  const timing = { "server-timing": `lookup;dur=${(performance.now() - started).toFixed(2)}`, "cache-control": "no-store", "access-control-allow-origin": "*" };
  if (!lookup.ok) return Response.json({ error: lookup.error, message: t("Sign.errors.postalCodeInvalid") }, { status: 422, headers: timing });
  const { postalCode, province, basis, mustChoose } = lookup;
  return Response.json({ postalCode, province, basis, mustChoose, candidates: lookup.candidates.map(shown), others: lookup.others.map(shown) }, { headers: timing });
}
