import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { campaigns } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { requireRole } from "@/server/auth/current-actor";
import { pagePolicy } from "@/server/auth/policy";
import { toPublicCampaign, type PublicCampaign } from "../to-public-campaign";

export type CampaignPreview = PublicCampaign & { status: (typeof campaigns.$inferSelect)["status"]; isPublic: boolean };

/**
 * Any campaign, draft included, as its public page would show it, for organisers to check before
 * publishing (admins and organisers); null if unknown. `isPublic` says whether the public page
 * exists now (live or closed), so the preview can link to it.
 */
export async function previewCampaign(id: string, locale: Locale): Promise<CampaignPreview | null> {
  await requireRole(pagePolicy["/admin/campaigns/[id]/preview"]);
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db().select().from(campaigns).where(eq(campaigns.id, id));
  if (!row) return null;
  return { ...toPublicCampaign(row, locale, { asIfLive: row.status === "draft" }), status: row.status, isPublic: row.status === "live" || row.status === "closed" };
}
