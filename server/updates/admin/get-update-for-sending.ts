import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { campaignUpdates } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";

export type UpdateForSending = { id: string; campaignId: string; titleEn: string; titleFr: string; public: boolean };

/**
 * One of a campaign's updates as the send page shows it (admins and organisers): its titles and
 * whether it is public now (only a public update may be sent); null when there is no such update.
 */
export async function getUpdateForSending(ctx: Context, campaignId: string, updateId: string): Promise<UpdateForSending | null> {
  authorize(ctx, "updates.send");
  if (!z.uuid().safeParse(campaignId).success || !z.uuid().safeParse(updateId).success) return null;
  const [update] = await database(ctx)
    .select({ id: campaignUpdates.id, campaignId: campaignUpdates.campaignId, titleEn: campaignUpdates.titleEn, titleFr: campaignUpdates.titleFr, public: sql<boolean>`coalesce(${campaignUpdates.visibleFrom} <= now(), false)` })
    .from(campaignUpdates)
    .where(and(eq(campaignUpdates.id, updateId), eq(campaignUpdates.campaignId, campaignId)));
  return update ?? null;
}
