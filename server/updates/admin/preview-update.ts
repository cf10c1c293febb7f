import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { campaignUpdates } from "@/db/schema";
import { requireRole } from "@/server/auth/current-actor";
import { pagePolicy } from "@/server/auth/policy";
import { readUpdate, type UpdateRead } from "../read-update";

/**
 * Any update of this campaign, draft or scheduled included, as its public page would show it, for
 * organisers to check before it goes out (admins and organisers); null if unknown. `visible` says
 * whether the public page shows it now, so the preview can link there.
 */
export async function previewUpdate(campaignId: string, updateId: string): Promise<UpdateRead | null> {
  await requireRole(pagePolicy["/admin/campaigns/[id]/updates/[updateId]/preview"]);
  if (!z.uuid().safeParse(campaignId).success || !z.uuid().safeParse(updateId).success) return null;
  return readUpdate(updateId, eq(campaignUpdates.campaignId, campaignId));
}
