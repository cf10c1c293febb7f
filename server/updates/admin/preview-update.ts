import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { campaignUpdates } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import type { Context } from "@/server/context";
import { readUpdate, type UpdateRead } from "../read-update";

/**
 * Any update of this campaign, draft or scheduled included, as its public page would show it, for
 * organisers to check before it goes out (admins and organisers); null if unknown. `visible` says
 * whether the public page shows it now, so the preview can link there.
 */
export async function previewUpdate(ctx: Context, campaignId: string, updateId: string): Promise<UpdateRead | null> {
  authorize(ctx, "updates.edit");
  if (!z.uuid().safeParse(campaignId).success || !z.uuid().safeParse(updateId).success) return null;
  return readUpdate(ctx, updateId, eq(campaignUpdates.campaignId, campaignId));
}
