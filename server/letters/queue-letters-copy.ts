import "server-only";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { campaigns, supporters } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { transaction, type Context } from "@/server/context";
import { queueEmail } from "@/server/mail/queue-email";

export type WrittenLetter = { id: string; to: string; subject: string; body: string };

/**
 * Queues, in the caller's transaction (it joins the open one), the supporter's copy of the letters they have just written:
 * one email listing each letter whole, as its recipient gets it. Its key is derived from the letters
 * it lists, so a retried or repeated send (which writes no new letter) mails nothing more.
 */
export async function queueLettersCopy(context: Context, input: { campaignId: string; supporterId: string; locale: Locale; letters: WrittenLetter[] }): Promise<void> {
  if (input.letters.length === 0) return;
  await transaction(context, async (tx) => {
    const [supporter] = await tx.db.select({ name: supporters.name, email: supporters.email }).from(supporters).where(eq(supporters.id, input.supporterId));
    const [campaign] = await tx.db.select({ titleEn: campaigns.titleEn, titleFr: campaigns.titleFr }).from(campaigns).where(eq(campaigns.id, input.campaignId));
    if (!supporter || !campaign) return;
    const ids = input.letters.map((letter) => letter.id).sort();
    await queueEmail(tx, {
      category: "transactional",
      template: "letters-copy",
      props: { campaignTitle: input.locale === "fr" ? campaign.titleFr : campaign.titleEn, letters: input.letters.map(({ to, subject, body }) => ({ to, subject, body })) },
      locale: input.locale,
      to: supporter.email,
      toName: supporter.name,
      supporterId: input.supporterId,
      idempotencyKey: `letters-copy/${createHash("sha256").update(ids.join(",")).digest("hex").slice(0, 32)}`,
    });
  });
}
