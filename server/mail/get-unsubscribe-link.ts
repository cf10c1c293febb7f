import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { supporters } from "@/db/schema";
import { maskAddress } from "./mask-address";
import { env } from "@/lib/env";
import { supporterFromToken } from "./links";

export type UnsubscribeLink = { status: "invalid" } | { status: "subscribed" | "unsubscribed"; maskedEmail: string };

/**
 * What the unsubscribe page shows for an emailed token, changing nothing (mail scanners open
 * every link; RFC 8058): whether the supporter still receives updates, and their address masked,
 * since whoever holds the link need not be its owner.
 */
export async function getUnsubscribeLink(token: string): Promise<UnsubscribeLink> {
  const supporterId = supporterFromToken(env().AUTH_SECRET, token);
  if (!supporterId) return { status: "invalid" };
  const [supporter] = await db()
    .select({ email: supporters.email, status: supporters.subscriptionStatus })
    .from(supporters)
    .where(eq(supporters.id, supporterId));
  if (!supporter) return { status: "invalid" };
  return { status: supporter.status === "subscribed" ? "subscribed" : "unsubscribed", maskedEmail: maskAddress(supporter.email) };
}
