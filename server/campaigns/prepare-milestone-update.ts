import "server-only";
import { createTranslator } from "use-intl/core";
import { campaignUpdates } from "@/db/schema";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { transaction, type Context } from "@/server/context";

type Reached = { campaign_id: string; title_en: string; title_fr: string; percent: number; signatures: number; goal: number };

/**
 * A draft update announcing a milestone, in both languages, for the organisers to edit and
 * publish (and email) or discard: the figures are filled in, the thanks and next steps are theirs
 * to write. Nothing is published or sent by itself.
 */
export async function prepareMilestoneUpdate(ctx: Context, reached: Reached): Promise<string> {
  const text = (locale: "en" | "fr") => {
    const t = createTranslator({ locale, messages: locale === "fr" ? fr : en, namespace: "MilestoneUpdate" });
    const values = { title: locale === "fr" ? reached.title_fr : reached.title_en, percent: reached.percent, signatures: reached.signatures, goal: reached.goal };
    return { title: t("title", values), body: t("body", values) };
  };
  const [english, french] = [text("en"), text("fr")];
  return transaction(ctx, async ({ db }) => {
    const [draft] = await db.insert(campaignUpdates).values({ campaignId: reached.campaign_id, status: "draft", titleEn: english.title, titleFr: french.title, bodyEn: english.body, bodyFr: french.body }).returning({ id: campaignUpdates.id });
    return draft!.id;
  });
}
