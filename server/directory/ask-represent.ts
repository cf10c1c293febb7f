import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { postalAreas, ridings } from "@/db/schema";
import { env } from "@/lib/env";
import { provinceOf } from "@/lib/postal-code";
import { fetchPostcode } from "@/lib/represent/represent-client";
import { database, type Context } from "@/server/context";
import { overLimit } from "@/server/rate-limit/hit-window";
import { storeProvincialMembers } from "./store-provincial-members";
import { log } from "@/lib/log/logger.mjs";

// After Represent fails to answer, lookups stay local for a while instead of each waiting for a timeout.
const PAUSE_AFTER_FAILURE_MS = 5 * 60_000;
let pausedUntil = 0;

/**
 * Asks Represent which federal ridings a postal code lies in and keeps the answer as exact local
 * data (postal_areas rows of 6 characters), so each code is asked about once; the provincial
 * members in the same answer are kept too (see storeProvincialMembers). At most one request a
 * second across every process; a 404, an error or a timeout returns false and the caller falls back
 * to the local hints.
 */
export async function askRepresent(ctx: Context, compactCode: string): Promise<boolean> {
  const { REPRESENT_URL, REPRESENT_TIMEOUT_MS } = env();
  if (REPRESENT_URL === "off" || Date.now() < pausedUntil) return false;
  if (await overLimit("represent", null, 1, 1)) return false;
  const answer = await fetchPostcode(REPRESENT_URL, compactCode, REPRESENT_TIMEOUT_MS);
  if (answer.status === "unavailable") {
    pausedUntil = Date.now() + PAUSE_AFTER_FAILURE_MS;
    log.warn(`Represent unavailable (${answer.reason}); postal lookups stay local for ${PAUSE_AFTER_FAILURE_MS / 60_000} minutes.`);
    return false;
  }
  if (answer.status === "unknown") return false;
  const provincial = await storeProvincialMembers(ctx, compactCode, provinceOf(compactCode), answer.provincial);
  if (answer.mps.length === 0) return provincial > 0;
  // Only ridings the directory knows: a riding outside it could not be written to anyway.
  const db = database(ctx);
  const known = await db
    .select({ id: ridings.id })
    .from(ridings)
    .where(
      and(
        eq(ridings.level, "federal"),
        inArray(
          ridings.code,
          answer.mps.map((mp) => mp.ridingCode),
        ),
      ),
    );
  if (known.length === 0) return provincial > 0;
  const stored = await db
    .insert(postalAreas)
    .values(known.map((riding) => ({ code: compactCode, ridingId: riding.id, weight: 1 / known.length, source: "Represent API (postcodes)", asOf: sql`current_date` })))
    .onConflictDoUpdate({ target: [postalAreas.code, postalAreas.ridingId], set: { weight: sql`excluded.weight`, asOf: sql`excluded.as_of` } })
    .returning({ code: postalAreas.code });
  return stored.length > 0;
}
