import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { campaigns } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";
import { toPublicCampaign, type PublicCampaign } from "../to-public-campaign";

export type CampaignPreview = PublicCampaign & { status: (typeof campaigns.$inferSelect)["status"]; isPublic: boolean };

/**
 * Any campaign, draft included, as its public page would show it, for organisers to check before
 * publishing (admins and organisers); null if unknown. `isPublic` says whether the public page
 * exists now (live or closed), so the preview can link to it.
 */
export async function previewCampaign(ctx: Context, id: string, locale: Locale): Promise<CampaignPreview | null> {
  authorize(ctx, "campaign.preview");
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await database(ctx).select().from(campaigns).where(eq(campaigns.id, id));
  if (!row) return null;
  return { ...toPublicCampaign(row, locale, { asIfLive: row.status === "draft" }), status: row.status, isPublic: row.status === "live" || row.status === "closed" };
}
