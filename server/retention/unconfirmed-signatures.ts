import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { signatures } from "@/db/schema";
import { addCounts } from "@/server/privacy/forget-supporter";
import { forgetOrphans } from "./forget-orphans";
import type { RetentionKind } from "./kind";

/**
 * Signatures never confirmed go once their last confirmation link has been expired for the
 * policy's days (the signer may still find the email and ask for a fresh link until then). They
 * never counted, so no tally moves. Signers left with nothing else are forgotten.
 */
export const unconfirmedSignatures: RetentionKind = {
  name: "unconfirmed-signatures",
  async run(tx, now, policy) {
    const cutoff = new Date(now.getTime() - policy.unconfirmedDays * 86_400_000);
    const deleted = await tx.db
      .delete(signatures)
      .where(and(eq(signatures.state, "pending"), sql`coalesce(${signatures.confirmTokenExpiresAt}, ${signatures.createdAt}) < ${cutoff.toISOString()}::timestamptz`))
      .returning({ supporterId: signatures.supporterId });
    const forgotten = await forgetOrphans(
      tx,
      deleted.map((row) => row.supporterId),
    );
    return addCounts({ signatures_deleted: deleted.length }, forgotten);
  },
};
