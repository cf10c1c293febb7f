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
 * Ridings of one level with their members and the postal-prefix hints: a few thousand small rows
 * that every lookup reads, held in memory for ten seconds per process, so a lookup costs one indexed read
 * (the exact postal code) at most. Ten seconds also bounds how long a disabled MP can still be shown.
 */
async function load(level: string): Promise<Snapshot> {
  const ofLevel = eq(ridings.level, level === "provincial" ? "provincial" : "federal");
  const [rows, hintRows] = await Promise.all([
    db()
      .select({ riding: ridings, rep: representatives })
      .from(ridings)
      .leftJoin(representatives, and(eq(representatives.ridingId, ridings.id), isNull(representatives.disabledAt)))
      .where(ofLevel)
      .orderBy(ridings.nameEn),
    db()
      .select({ code: postalAreas.code, ridingId: postalAreas.ridingId, weight: postalAreas.weight })
      .from(postalAreas)
      .innerJoin(ridings, eq(ridings.id, postalAreas.ridingId))
      .where(and(ofLevel, sql`length(${postalAreas.code}) = 3`)),
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

/** Federal ridings with their MPs (the default), or provincial ridings with their members. */
export function directorySnapshot(options: { fresh?: boolean; level?: "federal" | "provincial" } = {}): Promise<Snapshot> {
  return memo(options.level ?? "federal", options);
}
