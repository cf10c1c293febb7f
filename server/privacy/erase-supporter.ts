import "server-only";
import { z } from "zod";
import { failed, ok, type Result } from "@/lib/result";
import { transaction, type Context } from "@/server/context";
import { forgetSupporter } from "./forget-supporter";
import { recordDataRequest, type DataRequester } from "./record-data-request";

/**
 * Erases a supporter on request (their own, from the my-data page, or an organiser's on their
 * behalf): everything that identifies them goes, in one transaction (./forget-supporter.ts), and
 * their address is kept only as the keyed hash that stops bulk mail to it. The request is counted
 * in data_requests, without whom it was about. "gone": no such supporter (already erased).
 * Not audited here: the organiser's verb audits its own action; a person's own erasure is theirs.
 */
export async function eraseSupporter(ctx: Context, supporterId: string, requestedBy: DataRequester): Promise<Result<{ requestId: number }, "gone">> {
  // Whatever the caller holds (a cookie, a form field), a non-id names no one.
  if (!z.uuid().safeParse(supporterId).success) return failed("gone");
  return transaction(ctx, async (tx) => {
    const forgotten = await forgetSupporter(tx, supporterId, { suppress: true });
    if (!forgotten) return failed("gone");
    return ok({ requestId: await recordDataRequest(tx, "erasure", requestedBy) });
  });
}
