import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { campaignUpdates } from "@/db/schema";

/** A published update of the campaign, ready to email. */
export async function publishedUpdate(campaignId: string): Promise<string> {
  const [update] = await db()
    .insert(campaignUpdates)
    .values({
      campaignId,
      status: "published",
      publishedAt: sql`now()`,
      titleEn: "The commissioner will hear us in March",
      titleFr: "Le commissaire nous entendra en mars",
      bodyEn: "Thanks to every letter sent, the hearing on face matching in transit stations is now on the calendar.",
      bodyFr: "Grâce à chaque lettre envoyée, l’audience sur l’appariement facial dans les gares est maintenant au calendrier.",
    })
    .returning({ id: campaignUpdates.id });
  return update!.id;
}
