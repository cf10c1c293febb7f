import "server-only";
import { dataRequests } from "@/db/schema";
import type { TxContext } from "@/server/context";

export type DataRequestKind = "export" | "erasure";
export type DataRequester = "supporter" | "organiser";

/** Counts one export or erasure for the organisers' data requests page: what, who asked, when; nothing about whom. */
export async function recordDataRequest(tx: TxContext, kind: DataRequestKind, requestedBy: DataRequester): Promise<number> {
  const [row] = await tx.db.insert(dataRequests).values({ kind, requestedBy }).returning({ id: dataRequests.id });
  return row!.id;
}
