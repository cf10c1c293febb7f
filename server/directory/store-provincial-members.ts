import "server-only";
import { and, eq, inArray, like, sql } from "drizzle-orm";
import { postalAreas, representatives, ridings } from "@/db/schema";
import type { Province } from "@/lib/postal-code";
import { BoundedMap } from "@/lib/bounded-map";
import { districtKey } from "@/lib/represent/district-key";
import type { RepresentProvincialMember } from "@/lib/represent/represent-client";
import { database, type Context } from "@/server/context";
import { log } from "@/lib/log/logger.mjs";

const SOURCE = "Represent API (postcodes)";
// A district Represent names that our division list lacks is reported once per process, not at every
// lookup; bounded, since the names come from an outside service.
const reported = new BoundedMap<string, true>(500);

/**
 * Keeps the provincial members Represent gave for one postal code: each matched by name to a
 * provincial riding of the code's province (our ids are Open Civic Data's, Represent's boundaries
 * are its own), stored as a representative keyed "<office>:<riding id>", and the code placed in
 * that riding as exact data. A name with no riding is skipped. A member an organiser added or
 * corrected in the panel is left as they wrote it. Returns how many ridings the code was placed in.
 */
export async function storeProvincialMembers(ctx: Context, compactCode: string, province: Province, members: RepresentProvincialMember[]): Promise<number> {
  if (members.length === 0) return 0;
  const db = database(ctx);
  const ours = await db
    .select({ id: ridings.id, nameEn: ridings.nameEn, nameFr: ridings.nameFr })
    .from(ridings)
    .where(and(eq(ridings.level, "provincial"), eq(ridings.province, province)));
  const byKey = new Map(ours.flatMap((riding) => [[districtKey(riding.nameEn), riding.id] as const, [districtKey(riding.nameFr), riding.id] as const]));
  const matched = members.flatMap((member) => {
    const ridingId = byKey.get(districtKey(member.districtName));
    if (!ridingId && !reported.has(`${province}:${member.districtName}`)) {
      reported.set(`${province}:${member.districtName}`, true);
      log.warn(`Represent names the ${member.office} district "${member.districtName}" (${province}), which the directory does not have: skipped.`);
    }
    return ridingId ? [{ ...member, ridingId, key: `${member.office.toLowerCase()}:${ridingId}` }] : [];
  });
  if (matched.length === 0) return 0;
  // One member per riding: a riding whose member an organiser entered under another title keeps that member.
  const present = await db
    .select({ key: representatives.key, ridingId: representatives.ridingId })
    .from(representatives)
    .where(
      inArray(
        representatives.ridingId,
        matched.map((m) => m.ridingId),
      ),
    );
  const fresh = matched.filter((m) => !present.some((p) => p.ridingId === m.ridingId && p.key !== m.key));
  if (fresh.length > 0) {
    await db
      .insert(representatives)
      .values(fresh.map((m) => ({ key: m.key, ridingId: m.ridingId, office: m.office, name: m.name, party: m.party, email: m.email, photoUrl: m.photoUrl, source: SOURCE, asOf: sql`current_date` })))
      .onConflictDoUpdate({
        target: representatives.key,
        set: { name: sql`excluded.name`, party: sql`excluded.party`, email: sql`excluded.email`, photoUrl: sql`excluded.photo_url`, asOf: sql`excluded.as_of`, updatedAt: sql`now()` },
        setWhere: like(representatives.source, "Represent%"),
      });
  }
  const ridingIds = [...new Set(matched.map((m) => m.ridingId))];
  await db
    .insert(postalAreas)
    .values(ridingIds.map((ridingId) => ({ code: compactCode, ridingId, weight: 1 / ridingIds.length, source: SOURCE, asOf: sql`current_date` })))
    .onConflictDoUpdate({ target: [postalAreas.code, postalAreas.ridingId], set: { weight: sql`excluded.weight`, asOf: sql`excluded.as_of` } });
  return ridingIds.length;
}
