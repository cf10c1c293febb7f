import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { letters, representatives, ridings, signatures, supporters } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import { fillMergeFields, isPersonalised } from "@/lib/letters/merge-fields";
import type { Locale } from "@/lib/i18n/routing";
import { getPublicCampaign } from "@/server/campaigns/get-public-campaign";
import { getLetterAction, subjectsOf } from "./get-letter-action";

export const sendLettersInput = z.object({
  riding: z.preprocess((value) => (value === "" ? undefined : value), z.string().regex(/^\d{5}$/, "ridingRequired").optional()),
  subject: z.coerce.number({ error: "subjectRequired" }).int().min(0, "subjectRequired"),
  body: z.string().trim().max(5_000, "bodyTooLong").optional(),
});

export type SendLettersResult = { ok: true; sent: { name: string; queued: boolean }[] } | { ok: false; errors: Record<string, string> };

/**
 * Writes the letters of one supporter to every target of a campaign's letter action (their MP for
 * the riding they chose, and the organiser's fixed targets), in one transaction, each with its
 * delivery job. Sending again changes nothing: one letter per supporter and target.
 */
export async function sendLetters(slug: string, locale: Locale, supporterId: string, raw: unknown): Promise<SendLettersResult> {
  const parsed = sendLettersInput.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])) };
  const campaign = await getPublicCampaign(slug, locale);
  const action = campaign?.open && campaign.lettersEnabled ? await getLetterAction(campaign.id) : null;
  if (!campaign || !action) return { ok: false, errors: { form: "closed" } };
  const subject = subjectsOf(action, locale)[parsed.data.subject];
  if (!subject) return { ok: false, errors: { subject: "subjectRequired" } };
  const template = locale === "fr" ? action.templateFr : action.templateEn;
  const text = action.editable && parsed.data.body ? parsed.data.body : template;
  if (!text.trim()) return { ok: false, errors: { body: "bodyRequired" } };

  return transaction(async (tx): Promise<SendLettersResult> => {
    const [supporter] = await tx.db.select().from(supporters).where(eq(supporters.id, supporterId));
    // Only someone who confirmed a signature on this campaign writes in its name.
    const [signed] = await tx.db.select({ postalCode: signatures.postalCode }).from(signatures).where(and(eq(signatures.campaignId, campaign.id), eq(signatures.supporterId, supporterId), eq(signatures.state, "confirmed")));
    if (!supporter || !signed) return { ok: false, errors: { form: "notSigned" } };
    const targets: { key: string; name: string; address: string; region: string; representativeId?: string; fixedTargetId?: string }[] = [];
    let riding: { code: string; nameEn: string; nameFr: string } | undefined;
    if (action.toMp) {
      if (!parsed.data.riding) return { ok: false, errors: { riding: "ridingRequired" } };
      const [row] = await tx.db
        .select({ riding: ridings, rep: representatives })
        .from(ridings)
        .leftJoin(representatives, and(eq(representatives.ridingId, ridings.id), isNull(representatives.disabledAt), isNull(representatives.emailDisabledAt)))
        .where(and(eq(ridings.level, "federal"), eq(ridings.code, parsed.data.riding)));
      if (!row) return { ok: false, errors: { riding: "ridingRequired" } };
      riding = row.riding;
      if (row.rep?.email) targets.push({ key: `rep:${row.rep.id}`, name: row.rep.name, address: row.rep.email, region: row.riding.province, representativeId: row.rep.id });
    }
    for (const target of action.targets) targets.push({ key: `fixed:${target.id}`, name: locale === "fr" ? target.nameFr : target.nameEn, address: target.email, region: target.jurisdiction, fixedTargetId: target.id });
    if (targets.length === 0) return { ok: false, errors: { form: "noTargets" } };

    const ridingName = riding ? (locale === "fr" ? riding.nameFr : riding.nameEn) : null;
    const sent: { name: string; queued: boolean }[] = [];
    for (const target of targets) {
      const body = fillMergeFields(text, { supporter_name: supporter.name, riding: ridingName ?? "", representative: target.name });
      const [letter] = await tx.db
        .insert(letters)
        .values({
          campaignId: campaign.id,
          supporterId,
          targetKey: target.key,
          representativeId: target.representativeId ?? null,
          fixedTargetId: target.fixedTargetId ?? null,
          toName: target.name,
          toAddress: target.address,
          targetRegion: target.region,
          ridingCode: riding?.code ?? null,
          ridingName,
          postalCode: signed.postalCode,
          subject,
          body,
          personalised: isPersonalised(template, text),
          locale,
        })
        .onConflictDoNothing()
        .returning({ id: letters.id });
      // Each letter alone, or gathered per target in digest mode (sent once enough of them wait).
      if (letter && action.delivery === "digest") await tx.enqueue("letters.digest", { campaignId: campaign.id, targetKey: target.key });
      else if (letter) await tx.enqueue("letters.deliver", { letterId: letter.id });
      sent.push({ name: target.name, queued: Boolean(letter) });
    }
    return { ok: true, sent };
  });
}
