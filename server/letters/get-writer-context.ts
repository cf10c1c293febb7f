import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { signatures, supporters } from "@/db/schema";

/** The supporter writing, with the postal code of their confirmed signature on this campaign; null if none. */
export async function getWriterContext(campaignId: string, supporterId: string) {
  const [row] = await db()
    .select({ name: supporters.name, postalCode: signatures.postalCode })
    .from(signatures)
    .innerJoin(supporters, eq(supporters.id, signatures.supporterId))
    .where(and(eq(signatures.campaignId, campaignId), eq(signatures.supporterId, supporterId), eq(signatures.state, "confirmed")))
    .orderBy(desc(signatures.confirmedAt))
    .limit(1);
  return row ?? null;
}
