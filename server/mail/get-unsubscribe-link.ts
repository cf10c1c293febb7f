import "server-only";
import { eq } from "drizzle-orm";
import { supporters } from "@/db/schema";
import { maskAddress } from "./mask-address";
import { env } from "@/lib/env";
import { supporterFromToken } from "./links";
import { database, type Context } from "@/server/context";

export type UnsubscribeLink = { subscribed: boolean; maskedEmail: string };

/**
 * What the unsubscribe page shows for an emailed token, changing nothing (mail scanners open
 * every link; RFC 8058): whether the supporter still receives updates, and their address masked,
 * since whoever holds the link need not be its owner. Null when the link does not work (a forged,
 * altered or expired token, or a supporter who is gone).
 */
export async function getUnsubscribeLink(ctx: Context, token: string): Promise<UnsubscribeLink | null> {
  const supporterId = supporterFromToken(env().AUTH_SECRET, token);
  if (!supporterId) return null;
  const [supporter] = await database(ctx).select({ email: supporters.email, status: supporters.subscriptionStatus }).from(supporters).where(eq(supporters.id, supporterId));
  if (!supporter) return null;
  return { subscribed: supporter.status === "subscribed", maskedEmail: maskAddress(supporter.email) };
}
