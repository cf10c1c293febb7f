import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { representatives, ridings } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { normalisePostalCode, provinceOf } from "@/lib/postal-code";
import { database, type Context } from "@/server/context";

/** Why the provincial member gets no letter, shown in the preview (keys under Write.notes). */
export type DraftNote = { key: "provincialSkipped"; riding: string } | { key: "provincialUnreachable"; province: string };

type Found = {
  riding: { code: string; name: string };
  target: { key: string; name: string; address: string; region: string; representativeId: string } | null;
  note: DraftNote | null;
};

/**
 * The supporter's provincial member for the provincial riding they chose (an OCD id): their letter,
 * or a note when there is no one to write to there (no member in the directory, no address, or
 * disabled). Null when the id is no provincial riding.
 */
export async function provincialTarget(context: Context, locale: Locale, ridingId: string): Promise<Found | null> {
  const [row] = await database(context)
    .select({ riding: ridings, rep: representatives })
    .from(ridings)
    .leftJoin(representatives, and(eq(representatives.ridingId, ridings.id), isNull(representatives.disabledAt), isNull(representatives.emailDisabledAt)))
    .where(and(eq(ridings.level, "provincial"), eq(ridings.id, ridingId)));
  if (!row) return null;
  const name = locale === "fr" ? row.riding.nameFr : row.riding.nameEn;
  const riding = { code: row.riding.code, name };
  if (!row.rep?.email) return { riding, target: null, note: { key: "provincialSkipped", riding: name } };
  return { riding, note: null, target: { key: `rep:${row.rep.id}`, name: row.rep.name, address: row.rep.email, region: row.riding.province, representativeId: row.rep.id } };
}

/**
 * Whether a supporter who chose no provincial riding had one to choose: the directory has provincial
 * ridings for the province of their postal code. When it has none, the letter goes without the member.
 */
export async function hasProvincialRidings(context: Context, postalCode: string | null): Promise<{ yes: boolean; province: string }> {
  const normal = postalCode ? normalisePostalCode(postalCode) : null;
  if (!normal) return { yes: false, province: "" };
  const province = provinceOf(normal);
  const [any] = await database(context)
    .select({ id: ridings.id })
    .from(ridings)
    .where(and(eq(ridings.level, "provincial"), eq(ridings.province, province)))
    .limit(1);
  return { yes: Boolean(any), province };
}
