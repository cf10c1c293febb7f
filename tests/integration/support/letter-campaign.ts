import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { fixedTargets, letterActions } from "@/db/schema";
import { createCampaign } from "../../support/factories";
import { confirmedSigner } from "./signing";

type ActionTexts = Pick<typeof letterActions.$inferInsert, "subjectsEn" | "subjectsFr" | "templateEn" | "templateFr"> & Partial<typeof letterActions.$inferInsert>;

/** An editable letter action to the signer's MP and the federal privacy commissioner, with these texts. */
export async function addMpAndCommissionerAction(campaignId: string, texts: ActionTexts): Promise<void> {
  const [opc] = await db().select().from(fixedTargets).where(eq(fixedTargets.key, "opc"));
  await db()
    .insert(letterActions)
    .values({ campaignId, toMp: true, fixedTargetIds: [opc!.id], editable: true, ...texts });
}

/**
 * A live campaign taking editable letters to the MP and the privacy commissioner, and one confirmed
 * signer who may write (the supporter their confirmation click proves, which the composer's action
 * reads from the writer cookie). Needs the directory fixtures (prepareLetters).
 */
export async function letterCampaign(): Promise<{ slug: string; writer: string }> {
  const campaign = await createCampaign(db(), { lettersEnabled: true });
  await addMpAndCommissionerAction(campaign.id, {
    subjectsEn: "Support a moratorium",
    subjectsFr: "Appuyez un moratoire",
    templateEn: "Dear {{representative}},\n\nI ask you to act.\n\n{{supporter_name}}",
    templateFr: "Bonjour {{representative}},\n\nAgissez.\n\n{{supporter_name}}",
  });
  const writer = await confirmedSigner(campaign.slug, "Fuzz Writer");
  return { slug: campaign.slug, writer: writer.id };
}
