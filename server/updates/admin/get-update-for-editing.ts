import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { campaignUpdates } from "@/db/schema";
import { requireRole } from "@/server/auth/current-actor";
import { pagePolicy } from "@/server/auth/policy";

/** One of a campaign's updates as the editor needs it (admins and organisers); null when there is no such update. */
export async function getUpdateForEditing(campaignId: string, updateId: string) {
  await requireRole(pagePolicy["/admin/campaigns/[id]/updates/[updateId]"]);
  if (!z.uuid().safeParse(campaignId).success || !z.uuid().safeParse(updateId).success) return null;
  const [row] = await db().select().from(campaignUpdates).where(and(eq(campaignUpdates.id, updateId), eq(campaignUpdates.campaignId, campaignId)));
  return row ?? null;
}
