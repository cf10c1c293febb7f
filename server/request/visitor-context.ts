import "server-only";
import { visitorContext, type Context } from "@/server/context";
import { clientIpHash } from "./client-ip-hash";

/** The context of a public request: a visitor, known by the keyed hash of their address. */
export async function visitorRequestContext(source?: Headers): Promise<Context> {
  return visitorContext(await clientIpHash(source));
}
