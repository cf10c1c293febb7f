import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { campaignUpdates } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";

/** One of a campaign's updates as the editor needs it (admins and organisers); null when there is no such update. */
export async function getUpdateForEditing(ctx: Context, campaignId: string, updateId: string) {
  authorize(ctx, "updates.edit");
  if (!z.uuid().safeParse(campaignId).success || !z.uuid().safeParse(updateId).success) return null;
  const [row] = await database(ctx)
    .select()
    .from(campaignUpdates)
    .where(and(eq(campaignUpdates.id, updateId), eq(campaignUpdates.campaignId, campaignId)));
  return row ?? null;
}
