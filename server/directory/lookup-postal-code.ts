import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { postalAreas } from "@/db/schema";
import { normalisePostalCode, provinceOf, type Province } from "@/lib/postal-code";
import type { Context } from "@/server/context";
import { askRepresent } from "./ask-represent";
import { directorySnapshot, type Snapshot } from "./directory-snapshot";

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
export type Lookup = { ok: false; error: "postalCodeInvalid" } | { ok: true; postalCode: string; province: Province; basis: "exact" | "hint" | "province"; candidates: Candidate[]; others: Candidate[]; mustChoose: boolean };

function candidates(snapshot: Snapshot, areas: { ridingId: string; weight: number }[]): Candidate[] {
  return areas
    .flatMap((area) => {
      const riding = snapshot.byId.get(area.ridingId);
      return riding ? [{ ...riding, weight: area.weight }] : [];
    })
    .sort((a, b) => b.weight - a.weight || a.nameEn.localeCompare(b.nameEn));
}

// Prepared once per process: the one query on the lookup path, by primary key. On the pool, whatever
// the caller's context: it reads what Represent answered before, which no transaction changes.
let prepared: ReturnType<typeof prepare> | undefined;
function prepare() {
  return db()
    .select({ ridingId: postalAreas.ridingId, weight: postalAreas.weight })
    .from(postalAreas)
    .where(eq(postalAreas.code, sql.placeholder("code")))
    .prepare("exact_postal_areas");
}
const exactAreas = (compact: string) => (prepared ??= prepare()).execute({ code: compact });

/**
 * The federal ridings a supporter's postal code may be in, with their MPs: exact local data, else
 * Represent (which then becomes exact local data), else the postal-prefix hint, else the province.
 * One indexed read at most; the rest comes from the in-memory directory snapshot.
 */
export async function lookupPostalCode(ctx: Context, input: string): Promise<Lookup> {
  const postalCode = normalisePostalCode(input);
  if (!postalCode) return { ok: false, error: "postalCodeInvalid" };
  const compact = postalCode.replace(" ", "");
  const province = provinceOf(postalCode);
  const answer = (basis: "exact" | "hint" | "province", found: Candidate[], others: Candidate[] = []): Lookup => ({
    ok: true,
    postalCode,
    province,
    basis,
    candidates: found,
    others,
    mustChoose: basis !== "exact" || found.length !== 1,
  });

  const [snapshot, areas] = await Promise.all([directorySnapshot(), exactAreas(compact)]);
  let exact = candidates(snapshot, areas);
  if (exact.length === 0 && (await askRepresent(ctx, compact))) exact = candidates(snapshot, await exactAreas(compact));
  if (exact.length > 0) return answer("exact", exact);
  const all = (snapshot.byProvince.get(province) ?? []).map((riding) => ({ ...riding, weight: 0 }));
  const hint = candidates(snapshot, snapshot.hints.get(compact.slice(0, 3)) ?? []);
  // A hint is offered first, never chosen for the supporter: the rest of the province stays one click away.
  if (hint.length > 0)
    return answer(
      "hint",
      hint,
      all.filter((riding) => !hint.some((h) => h.ridingId === riding.ridingId)),
    );
  return answer("province", all);
}
