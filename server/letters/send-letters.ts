import "server-only";
import { letters } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { ok, type Failed } from "@/lib/result";
import { transaction, type Context } from "@/server/context";
import { placeSignatureInRiding } from "@/server/signatures/place-in-riding";
import { draftLetters, type DraftError } from "./draft-letters";
import { queueLettersCopy, type WrittenLetter } from "./queue-letters-copy";

export type SendLettersResult = { ok: true; sent: { name: string; queued: boolean }[] } | Failed<DraftError>;

/**
 * Writes the letters of one supporter (see draftLetters) in one transaction, each with its
 * delivery job, and the supporter's copy of what they sent. Sending again changes nothing: one letter
 * per supporter and target, and one copy per set of new letters.
 */
export async function sendLetters(context: Context, slug: string, locale: Locale, supporterId: string, raw: unknown): Promise<SendLettersResult> {
  return transaction(context, async (tx): Promise<SendLettersResult> => {
    const drafts = await draftLetters(tx, slug, locale, supporterId, raw);
    if (!drafts.ok) return drafts;
    const sent: { name: string; queued: boolean }[] = [];
    const written: WrittenLetter[] = [];
    for (const draft of drafts.letters) {
      const [letter] = await tx.db
        .insert(letters)
        .values({
          campaignId: drafts.campaignId,
          supporterId,
          targetKey: draft.key,
          representativeId: draft.representativeId ?? null,
          fixedTargetId: draft.fixedTargetId ?? null,
          toName: draft.name,
          toAddress: draft.address,
          targetRegion: draft.region,
          ridingCode: draft.riding?.code ?? null,
          ridingName: draft.riding?.name ?? null,
          postalCode: drafts.postalCode,
          subject: draft.subject,
          body: draft.body,
          personalised: draft.personalised,
          locale,
        })
        .onConflictDoNothing()
        .returning({ id: letters.id });
      // Each letter alone, or gathered per target in digest mode (sent once enough of them wait).
      if (letter && drafts.delivery === "digest") await tx.enqueue("letters.digest", { campaignId: drafts.campaignId, targetKey: draft.key });
      else if (letter) await tx.enqueue("letters.deliver", { letterId: letter.id });
      sent.push({ name: draft.name, queued: Boolean(letter) });
      if (letter) written.push({ id: letter.id, to: draft.name, subject: draft.subject, body: draft.body });
    }
    // The federal riding the supporter confirmed now places their signature, if it had none yet.
    if (drafts.riding) await placeSignatureInRiding(tx.db, drafts.campaignId, supporterId, drafts.riding.code);
    // A data-access request has its own copy, with the date its answer is due (see deliverLetter).
    if (drafts.kind === "representatives") await queueLettersCopy(tx, { campaignId: drafts.campaignId, supporterId, locale, letters: written });
    return ok({ sent });
  });
}
