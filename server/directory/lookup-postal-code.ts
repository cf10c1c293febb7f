import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { postalAreas, representatives, ridings } from "@/db/schema";
import { normalisePostalCode, provinceOf, type Province } from "@/lib/postal-code";
import { askRepresent } from "./ask-represent";

export type Candidate = {
  ridingId: string;
  code: string;
  nameEn: string;
  nameFr: string;
  weight: number;
  representative: { id: string; name: string; party: string | null; office: string; writable: boolean } | null;
};

/**
 * How sure the answer is: "exact" (data for this very postal code), "hint" (its first three
 * characters, which often span several ridings) or "province" (nothing better: every riding of the
 * province). Only an exact answer with one candidate may be used without asking the supporter.
 */
export type Lookup =
  | { ok: false; error: "postalCodeInvalid" }
  | { ok: true; postalCode: string; province: Province; basis: "exact" | "hint" | "province"; candidates: Candidate[]; others: Candidate[]; mustChoose: boolean };

async function candidatesFor(where: ReturnType<typeof eq>): Promise<Candidate[]> {
  const rows = await db()
    .select({ riding: ridings, weight: postalAreas.weight, rep: representatives })
    .from(postalAreas)
    .innerJoin(ridings, eq(ridings.id, postalAreas.ridingId))
    .leftJoin(representatives, and(eq(representatives.ridingId, ridings.id), isNull(representatives.disabledAt)))
    .where(and(where, eq(ridings.level, "federal")));
  return rows.map(toCandidate).sort((a, b) => b.weight - a.weight || a.nameEn.localeCompare(b.nameEn));
}

function toCandidate(row: { riding: typeof ridings.$inferSelect; weight: number; rep: typeof representatives.$inferSelect | null }): Candidate {
  const { riding, rep } = row;
  return {
    ridingId: riding.id,
    code: riding.code,
    nameEn: riding.nameEn,
    nameFr: riding.nameFr,
    weight: row.weight,
    representative: rep ? { id: rep.id, name: rep.name, party: rep.party, office: rep.office, writable: Boolean(rep.email) && !rep.emailDisabledAt } : null,
  };
}

async function provinceRidings(province: Province): Promise<Candidate[]> {
  const rows = await db()
    .select({ riding: ridings, rep: representatives })
    .from(ridings)
    .leftJoin(representatives, and(eq(representatives.ridingId, ridings.id), isNull(representatives.disabledAt)))
    .where(and(eq(ridings.level, "federal"), eq(ridings.province, province)))
    .orderBy(asc(ridings.nameEn));
  return rows.map((row) => toCandidate({ ...row, weight: 0 }));
}

/**
 * The federal ridings a supporter's postal code may be in, with their MPs: exact local data, else
 * Represent (which then becomes exact local data), else the postal-prefix hint, else the province.
 */
export async function lookupPostalCode(input: string): Promise<Lookup> {
  const postalCode = normalisePostalCode(input);
  if (!postalCode) return { ok: false, error: "postalCodeInvalid" };
  const compact = postalCode.replace(" ", "");
  const province = provinceOf(postalCode);
  const answer = (basis: "exact" | "hint" | "province", candidates: Candidate[], others: Candidate[] = []): Lookup => ({
    ok: true,
    postalCode,
    province,
    basis,
    candidates,
    others,
    mustChoose: basis !== "exact" || candidates.length !== 1,
  });

  let exact = await candidatesFor(eq(postalAreas.code, compact));
  if (exact.length === 0 && (await askRepresent(compact))) exact = await candidatesFor(eq(postalAreas.code, compact));
  if (exact.length > 0) return answer("exact", exact);
  const hint = await candidatesFor(eq(postalAreas.code, compact.slice(0, 3)));
  const all = await provinceRidings(province);
  // A hint is offered first, never chosen for the supporter: the rest of the province stays one click away.
  if (hint.length > 0) return answer("hint", hint, all.filter((riding) => !hint.some((h) => h.ridingId === riding.ridingId)));
  return answer("province", all);
}
