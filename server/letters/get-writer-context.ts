import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { signatures, supporters } from "@/db/schema";
import { database, type Context } from "@/server/context";

/** The supporter writing, with the postal code of their confirmed signature on this campaign; null if none. */
export async function getWriterContext(context: Context, campaignId: string, supporterId: string) {
  const [row] = await database(context)
    .select({ name: supporters.name, postalCode: signatures.postalCode })
    .from(signatures)
    .innerJoin(supporters, eq(supporters.id, signatures.supporterId))
    .where(and(eq(signatures.campaignId, campaignId), eq(signatures.supporterId, supporterId), eq(signatures.state, "confirmed")))
    .orderBy(desc(signatures.confirmedAt))
    .limit(1);
  return row ?? null;
}
