import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { letters } from "@/db/schema";
import { database, type Context } from "@/server/context";

/**
 * The recipients of the letters a supporter has actually written on this campaign (queued or
 * delivered), oldest first: what the "your letters are on their way" page lists. Read from the
 * letters themselves, never from the address bar, so a crafted link claims nothing that was not
 * sent. (The unique key on campaign, supporter and target serves the lookup.)
 */
export async function listSentLetters(context: Context, campaignId: string, supporterId: string): Promise<string[]> {
  const rows = await database(context)
    .select({ toName: letters.toName })
    .from(letters)
    .where(and(eq(letters.campaignId, campaignId), eq(letters.supporterId, supporterId)))
    .orderBy(asc(letters.createdAt), asc(letters.toName));
  return rows.map((row) => row.toName);
}
