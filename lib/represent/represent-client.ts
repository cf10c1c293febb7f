import { z } from "zod";

/*
 * Open North's Represent API (https://represent.opennorth.ca): GET /postcodes/{CODE}/ answers the
 * representatives whose district holds the code's centroid and those from the concordance of
 * postal codes to districts; either list may be missing, and together they may name several MPs.
 * Unknown codes get a 404 (an HTML page); over 60 requests a minute, a 503.
 */

const representative = z.object({
  name: z.string(),
  elected_office: z.string(),
  district_name: z.string().default(""),
  party_name: z.string().nullish(),
  email: z.string().nullish(),
  photo_url: z.string().nullish(),
  related: z.object({ boundary_url: z.string().optional() }).default({}),
});

const postcode = z.object({
  representatives_centroid: z.array(representative).default([]),
  representatives_concordance: z.array(representative).default([]),
});

/** Why a request failed, in words an operator can act on ("timeout", "ECONNREFUSED", "ENOTFOUND"). */
function failureReason(error: unknown): string {
  if (!(error instanceof Error)) return "network error";
  if (error.name === "TimeoutError") return "timeout";
  const code = (error.cause as { code?: string } | undefined)?.code;
  return code ?? error.message;
}

export type RepresentMp = { ridingCode: string; name: string; districtName: string; party: string | null; email: string | null; photoUrl: string | null };
/** A member of a provincial legislature; Represent's boundary slugs differ from our OCD ids, so the district is known by name. */
export type RepresentProvincialMember = { office: string; name: string; districtName: string; party: string | null; email: string | null; photoUrl: string | null };
export type RepresentAnswer = { status: "found"; mps: RepresentMp[]; provincial: RepresentProvincialMember[] } | { status: "unknown" } | { status: "unavailable"; reason: string };

// Titles of provincial members: Ontario's MPPs, Quebec's MNAs, Newfoundland and Labrador's MHAs, everyone else's MLAs.
const PROVINCIAL_OFFICES = new Set(["MPP", "MNA", "MLA", "MHA"]);

// Federal districts are in boundary sets named federal-electoral-districts[-<order>]; the number is the last segment.
const FEDERAL_BOUNDARY = /\/boundaries\/federal-electoral-districts[\w-]*\/(\d{5})\/?$/;

/** The MPs for a postal code ("K1A0A6"), centroid and concordance merged, one per riding. */
export async function fetchPostcode(baseUrl: string, compactCode: string, timeoutMs: number): Promise<RepresentAnswer> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl.replace(/\/$/, "")}/postcodes/${compactCode}/`, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: "application/json" } });
  } catch (error) {
    return { status: "unavailable", reason: failureReason(error) };
  }
  if (response.status === 404) return { status: "unknown" };
  if (!response.ok) return { status: "unavailable", reason: `HTTP ${response.status}` };
  const parsed = postcode.safeParse(await response.json().catch(() => null));
  if (!parsed.success) return { status: "unavailable", reason: "unexpected answer" };
  const byRiding = new Map<string, RepresentMp>();
  const byDistrict = new Map<string, RepresentProvincialMember>();
  for (const rep of [...parsed.data.representatives_centroid, ...parsed.data.representatives_concordance]) {
    const details = { name: rep.name, districtName: rep.district_name, party: rep.party_name || null, email: rep.email || null, photoUrl: rep.photo_url || null };
    const office = rep.elected_office.toUpperCase();
    if (PROVINCIAL_OFFICES.has(office) && rep.district_name && !byDistrict.has(rep.district_name)) byDistrict.set(rep.district_name, { office, ...details });
    const code = FEDERAL_BOUNDARY.exec(rep.related.boundary_url ?? "")?.[1];
    if (rep.elected_office !== "MP" || !code || byRiding.has(code)) continue;
    byRiding.set(code, { ridingCode: code, ...details });
  }
  return { status: "found", mps: [...byRiding.values()], provincial: [...byDistrict.values()] };
}

const listing = z.object({ objects: z.array(representative), meta: z.object({ next: z.string().nullable() }).optional() });

/** Every sitting MP (GET /representatives/house-of-commons/), one per riding, or why not. */
export async function fetchHouseOfCommons(baseUrl: string, timeoutMs: number): Promise<{ ok: true; mps: RepresentMp[] } | { ok: false; reason: string }> {
  try {
    const response = await fetch(`${baseUrl.replace(/\/$/, "")}/representatives/house-of-commons/?limit=1000`, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: "application/json" } });
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    const parsed = listing.safeParse(await response.json().catch(() => null));
    if (!parsed.success) return { ok: false, reason: "unexpected answer" };
    const mps = parsed.data.objects.flatMap((rep): RepresentMp[] => {
      const code = FEDERAL_BOUNDARY.exec(rep.related.boundary_url ?? "")?.[1];
      return code ? [{ ridingCode: code, name: rep.name, districtName: rep.district_name, party: rep.party_name || null, email: rep.email || null, photoUrl: rep.photo_url || null }] : [];
    });
    return { ok: true, mps };
  } catch (error) {
    return { ok: false, reason: failureReason(error) };
  }
}
