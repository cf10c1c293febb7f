import "server-only";
import { eq } from "drizzle-orm";
import { postalAreas } from "@/db/schema";
import { normalisePostalCode, provinceOf, type Province } from "@/lib/postal-code";
import { database, type Context } from "@/server/context";
import { askRepresent } from "./ask-represent";
import { directorySnapshot } from "./directory-snapshot";
import type { Candidate, Lookup } from "./lookup-postal-code";

export type ProvincialLookup = Extract<Lookup, { ok: true }> | { ok: false; error: "postalCodeInvalid" } | { ok: false; error: "noRidings"; province: Province };

/**
 * The provincial ridings a supporter's postal code may be in, with their members: exact data (kept
 * from Represent's answers) when there is some, else every provincial riding of the province for the
 * supporter to choose from. There are no prefix hints at this level, so only an exact answer with
 * one riding is used without asking. "noRidings" when the directory has none for that province.
 */
export async function lookupProvincialRiding(ctx: Context, input: string): Promise<ProvincialLookup> {
  const postalCode = normalisePostalCode(input);
  if (!postalCode) return { ok: false, error: "postalCodeInvalid" };
  const compact = postalCode.replace(" ", "");
  const province = provinceOf(postalCode);
  const snapshot = await directorySnapshot({ level: "provincial" });
  const all = snapshot.byProvince.get(province) ?? [];
  if (all.length === 0) return { ok: false, error: "noRidings", province };
  const exactAreas = async (): Promise<Candidate[]> =>
    (await database(ctx).select({ ridingId: postalAreas.ridingId, weight: postalAreas.weight }).from(postalAreas).where(eq(postalAreas.code, compact))).flatMap((area) => {
      const riding = snapshot.byId.get(area.ridingId);
      return riding ? [{ ...riding, weight: area.weight }] : [];
    });
  let exact = await exactAreas();
  // A code first looked up before provincial members were kept has federal data only: ask once more.
  if (exact.length === 0 && (await askRepresent(ctx, compact))) exact = await exactAreas();
  const found = exact.length > 0;
  return {
    ok: true,
    postalCode,
    province,
    basis: found ? "exact" : "province",
    candidates: found ? exact.sort((a, b) => b.weight - a.weight || a.nameEn.localeCompare(b.nameEn)) : all.map((riding) => ({ ...riding, weight: 0 })),
    others: [],
    mustChoose: !found || exact.length !== 1,
  };
}
