import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { postalAreas, representatives, ridings } from "@/db/schema";
import { ttlMemo } from "@/lib/ttl-memo";
import type { Candidate } from "./lookup-postal-code";

export type Snapshot = {
  byId: Map<string, Omit<Candidate, "weight">>;
  byProvince: Map<string, Omit<Candidate, "weight">[]>;
  hints: Map<string, { ridingId: string; weight: number }[]>;
};

/*
 * Federal ridings with their MPs and the postal-prefix hints: about two thousand small rows that
 * every lookup reads, held in memory for ten seconds per process, so a lookup costs one indexed read
 * (the exact postal code) at most. Ten seconds also bounds how long a disabled MP can still be shown.
 */
async function load(): Promise<Snapshot> {
  const [rows, hintRows] = await Promise.all([
    db()
      .select({ riding: ridings, rep: representatives })
      .from(ridings)
      .leftJoin(representatives, and(eq(representatives.ridingId, ridings.id), isNull(representatives.disabledAt)))
      .where(eq(ridings.level, "federal"))
      .orderBy(ridings.nameEn),
    db().select({ code: postalAreas.code, ridingId: postalAreas.ridingId, weight: postalAreas.weight }).from(postalAreas).innerJoin(ridings, eq(ridings.id, postalAreas.ridingId)).where(and(eq(ridings.level, "federal"), sql`length(${postalAreas.code}) = 3`)),
  ]);
  const byId = new Map<string, Omit<Candidate, "weight">>();
  const byProvince = new Map<string, Omit<Candidate, "weight">[]>();
  for (const { riding, rep } of rows) {
    const candidate = {
      ridingId: riding.id,
      code: riding.code,
      nameEn: riding.nameEn,
      nameFr: riding.nameFr,
      representative: rep ? { id: rep.id, name: rep.name, party: rep.party, office: rep.office, writable: Boolean(rep.email) && !rep.emailDisabledAt } : null,
    };
    byId.set(riding.id, candidate);
    byProvince.set(riding.province, [...(byProvince.get(riding.province) ?? []), candidate]);
  }
  const hints = new Map<string, { ridingId: string; weight: number }[]>();
  for (const hint of hintRows) {
    hints.set(hint.code, [...(hints.get(hint.code) ?? []), { ridingId: hint.ridingId, weight: hint.weight }]);
  }
  return { byId, byProvince, hints };
}

const memo = ttlMemo(10_000, load);

export function directorySnapshot(options: { fresh?: boolean } = {}): Promise<Snapshot> {
  return memo("federal", options);
}
