import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { ridings, signatureTallies } from "@/db/schema";
import { ttlMemo } from "@/lib/ttl-memo";

export type RidingCount = { code: string; nameEn: string; nameFr: string; count: number };
export type SignatureCounts = { total: number; byProvince: { code: string; count: number }[]; byRiding: RidingCount[] };

// Read from the pool, not a caller's transaction: the result is kept for every request of the
// process (below), so no one caller's context may shape it.
async function read(campaignId: string): Promise<SignatureCounts> {
  const rows = await db()
    .select({ scope: signatureTallies.scope, key: signatureTallies.key, count: sql<number>`sum(${signatureTallies.count})::int` })
    .from(signatureTallies)
    .where(eq(signatureTallies.campaignId, campaignId))
    .groupBy(signatureTallies.scope, signatureTallies.key);
  const total = rows.find((row) => row.scope === "total")?.count ?? 0;
  const byProvince = rows
    .filter((row) => row.scope === "province" && row.count > 0)
    .map((row) => ({ code: row.key, count: row.count }))
    .sort((a, b) => b.count - a.count);
  const ridingRows = rows.filter((row) => row.scope === "riding" && row.count > 0);
  // Names from the directory (a few hundred rows at most, by primary key via the code index).
  const names = ridingRows.length
    ? await db()
        .select({ code: ridings.code, nameEn: ridings.nameEn, nameFr: ridings.nameFr })
        .from(ridings)
        .where(
          and(
            eq(ridings.level, "federal"),
            inArray(
              ridings.code,
              ridingRows.map((row) => row.key),
            ),
          ),
        )
    : [];
  const byRiding = ridingRows
    .map((row) => {
      const name = names.find((n) => n.code === row.key);
      return { code: row.key, nameEn: name?.nameEn ?? row.key, nameFr: name?.nameFr ?? row.key, count: row.count };
    })
    .sort((a, b) => b.count - a.count);
  return { total, byProvince, byRiding };
}

/**
 * Confirmed signatures of a campaign, in total and by province: a sum over a few dozen tally rows,
 * never a scan of the signatures. Memoised for a quarter second per process, so a viral page costs the
 * database a few small queries a second, and a confirmation shows within two seconds even through both
 * shared caches in front (0.25 s in the web process, 1 s in nginx: docs/caching.md).
 */
export const getSignatureCounts = ttlMemo(250, read);
