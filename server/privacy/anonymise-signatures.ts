import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { signatures } from "@/db/schema";
import type { TxContext } from "@/server/context";

/**
 * Removes the person from the signatures matching `where`, keeping every count exact. A pending
 * signature never counted, so it is deleted outright. A confirmed, invalidated or fraudulent one
 * keeps its row and everything the tallies, reconciliation, charts, dashboards and open data read
 * (state, campaign, province, riding, country, dates, source) and loses who signed it. Its unique
 * (campaign, canonical_email) becomes "forgotten:<id>", so the same person may sign again later.
 */
export async function anonymiseSignatures(tx: TxContext, where: SQL): Promise<{ deleted: number; anonymised: number }> {
  const deleted = await tx.db
    .delete(signatures)
    .where(and(where, eq(signatures.state, "pending")))
    .returning({ id: signatures.id });
  const anonymised = await tx.db
    .update(signatures)
    .set({
      supporterId: null,
      name: "",
      email: "",
      canonicalEmail: sql`'forgotten:' || ${signatures.id}`,
      postalCode: null,
      ipHash: null,
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
    })
    .where(where)
    .returning({ id: signatures.id });
  return { deleted: deleted.length, anonymised: anonymised.length };
}
