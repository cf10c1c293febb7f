import "server-only";
import { and, eq, isNotNull, lt } from "drizzle-orm";
import { signatures } from "@/db/schema";
import { addCounts } from "@/server/privacy/forget-supporter";
import { forgetOrphans } from "./forget-orphans";
import type { RetentionKind } from "./kind";

/**
 * Signatures an organiser marked fraudulent are kept for the policy's days after they were marked
 * (long enough to undo a mistaken mark), then deleted. Marking them took them out of every tally,
 * so deleting them moves none. Signers left with nothing else are forgotten.
 */
export const fraudulentSignatures: RetentionKind = {
  name: "fraudulent-signatures",
  async run(tx, now, policy) {
    const cutoff = new Date(now.getTime() - policy.fraudulentDays * 86_400_000);
    const deleted = await tx.db
      .delete(signatures)
      .where(and(eq(signatures.state, "fraudulent"), isNotNull(signatures.invalidatedAt), lt(signatures.invalidatedAt, cutoff)))
      .returning({ supporterId: signatures.supporterId });
    const forgotten = await forgetOrphans(
      tx,
      deleted.map((row) => row.supporterId),
    );
    return addCounts({ signatures_deleted: deleted.length }, forgotten);
  },
};
