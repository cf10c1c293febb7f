import "server-only";
import type { Result } from "@/lib/result";
import type { Context } from "@/server/context";
import type { DataRequester } from "./record-data-request";

/**
 * CONTRACT (issue 15, being built on wip/erase): erases everything that identifies the supporter,
 * in one transaction, keeping counts exact and the CASL proof and suppression under the keyed hash
 * of their address; records the data request. "gone": no such supporter (already erased).
 */
export async function eraseSupporter(_ctx: Context, _supporterId: string, _requestedBy: DataRequester): Promise<Result<{ requestId: number }, "gone">> {
  throw new Error("eraseSupporter is not built yet (wip/erase)");
}
