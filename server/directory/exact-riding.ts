import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { postalAreas, ridings } from "@/db/schema";

/**
 * The federal riding (Elections Canada number) of a postal code when the directory places it in
 * exactly one, from local data only (no network call on a supporter's click); otherwise null,
 * never a guess from a prefix.
 */
export async function exactRidingCode(tx: Database, postalCode: string | null): Promise<string | null> {
  if (!postalCode) return null;
  const rows = await tx
    .select({ code: ridings.code })
    .from(postalAreas)
    .innerJoin(ridings, eq(ridings.id, postalAreas.ridingId))
    .where(and(eq(postalAreas.code, postalCode.replace(" ", "")), eq(ridings.level, "federal")))
    .limit(2);
  return rows.length === 1 ? rows[0]!.code : null;
}
