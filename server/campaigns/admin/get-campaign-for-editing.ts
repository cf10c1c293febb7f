import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { campaigns, consentTexts } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";

/** A campaign with its current petition wording, for the editor (admins and organisers); null if unknown. */
export async function getCampaignForEditing(ctx: Context, id: string) {
  authorize(ctx, "campaign.edit");
  if (!z.uuid().safeParse(id).success) return null;
  const db = database(ctx);
  const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, id));
  if (!campaign) return null;
  const [consent] = await db
    .select()
    .from(consentTexts)
    .where(and(eq(consentTexts.campaignId, id), eq(consentTexts.purpose, "petition")))
    .orderBy(desc(consentTexts.version))
    .limit(1);
  return { ...campaign, consentEn: consent?.textEn ?? "", consentFr: consent?.textFr ?? "", consentVersion: consent?.version ?? 0 };
}
