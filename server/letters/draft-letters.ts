import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { representatives, ridings, signatures, supporters } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { multiLineText, singleLineText } from "@/lib/text/plain-text";
import { fillMergeFields, isPersonalised, normaliseNewlines, type MergeValues } from "@/lib/letters/merge-fields";
import { failed, ok, type Result } from "@/lib/result";
import { getPublicCampaign } from "@/server/campaigns/get-public-campaign";
import { database, type Context } from "@/server/context";
import { getLetterAction, letterTextFor, subjectsOf, type LetterAction, type RecipientKind } from "./get-letter-action";
import { hasProvincialRidings, provincialTarget, type DraftNote } from "./provincial-target";

// Posted with CRLF line ends: kept with LF, so that its paragraphs survive into the preview and the email.
const supporterText = multiLineText({ error: "bodyRequired" }).transform(normaliseNewlines).pipe(z.string().trim().max(5_000, "bodyTooLong")).optional();

export const letterInput = z.object({
  riding: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .string({ error: "ridingRequired" })
      .regex(/^\d{5}$/, "ridingRequired")
      .optional(),
  ),
  // An Open Civic Data id: provincial codes repeat from one province to the next.
  provincialRiding: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .string({ error: "provincialRidingRequired" })
      .max(200, "provincialRidingRequired")
      .regex(/^ocd-division\/country:ca\/province:[a-z]{2}\/ed:[\w-]+$/, "provincialRidingRequired")
      .optional(),
  ),
  postalCode: singleLineText({ error: "postalCodeInvalid" }).max(20, "postalCodeInvalid").optional(),
  subject: z.coerce.number({ error: "subjectRequired" }).int("subjectRequired").min(0, "subjectRequired"),
  // The supporter's text for elected members (body) and for organisations (orgBody), when they may change it.
  body: supporterText,
  orgBody: supporterText,
});

export type DraftLetter = {
  key: string;
  name: string;
  address: string;
  region: string;
  representativeId?: string;
  fixedTargetId?: string;
  kind: RecipientKind;
  // Where the supporter writes from as this recipient knows it: the federal riding for the MP, the
  // provincial one for the provincial member; none for an organisation (nobody is its constituent).
  riding: { code: string; name: string } | null;
  subject: string;
  body: string;
  // False when the supporter sent the organiser's text for this recipient unchanged.
  personalised: boolean;
};

/**
 * Why no letters can be drafted: a field's error ("invalid", the keys under Write.errors in `fields`),
 * or one about the whole form (the campaign takes no letters, the supporter has not signed it, or
 * nobody can be written to). Each is a key under Write.errors.
 */
export type DraftError = "invalid" | "closed" | "notSigned" | "noTargets";

export type Drafts = Result<
  {
    campaignId: string;
    delivery: "each" | "digest";
    kind: "representatives" | "data_access";
    postalCode: string | null;
    riding: { code: string; name: string } | null;
    letters: DraftLetter[];
    notes: DraftNote[];
  },
  DraftError
>;

const invalid = (field: string, key: string) => failed("invalid", { [field]: key });

/**
 * The letters one supporter would send on a campaign, one per target (their MP for the riding they
 * chose, their provincial member for the provincial riding they chose, and the organiser's fixed
 * targets), each with the merge fields filled in for its recipient, and notes on a provincial member
 * who cannot be written to. Writes nothing: the preview shows exactly these, and sending writes these.
 */
export async function draftLetters(context: Context, slug: string, locale: Locale, supporterId: string, raw: unknown): Promise<Drafts> {
  const parsed = letterInput.safeParse(raw);
  if (!parsed.success) return failed("invalid", Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
  const campaign = await getPublicCampaign(context, slug, locale);
  const action = campaign?.open && campaign.lettersEnabled ? await getLetterAction(context, campaign.id) : null;
  if (!campaign || !action) return failed("closed");
  const subject = subjectsOf(action, locale)[parsed.data.subject];
  if (!subject) return invalid("subject", "subjectRequired");

  const handle = database(context);
  const [supporter] = await handle.select().from(supporters).where(eq(supporters.id, supporterId));
  // Only someone who confirmed a signature on this campaign writes in its name.
  const [signed] = await handle
    .select({ postalCode: signatures.postalCode })
    .from(signatures)
    .where(and(eq(signatures.campaignId, campaign.id), eq(signatures.supporterId, supporterId), eq(signatures.state, "confirmed")));
  if (!supporter || !signed) return failed("notSigned");

  const targets: Omit<DraftLetter, "subject" | "body" | "personalised">[] = [];
  let riding: { code: string; name: string } | null = null;
  if (action.toMp) {
    if (!parsed.data.riding) return invalid("riding", "ridingRequired");
    const [row] = await handle
      .select({ riding: ridings, rep: representatives })
      .from(ridings)
      .leftJoin(representatives, and(eq(representatives.ridingId, ridings.id), isNull(representatives.disabledAt), isNull(representatives.emailDisabledAt)))
      .where(and(eq(ridings.level, "federal"), eq(ridings.code, parsed.data.riding)));
    if (!row) return invalid("riding", "ridingRequired");
    riding = { code: row.riding.code, name: locale === "fr" ? row.riding.nameFr : row.riding.nameEn };
    if (row.rep?.email) targets.push({ key: `rep:${row.rep.id}`, name: row.rep.name, address: row.rep.email, region: row.riding.province, representativeId: row.rep.id, kind: "elected", riding });
  }
  const notes: DraftNote[] = [];
  if (action.toProvincialMember) {
    if (parsed.data.provincialRiding) {
      const provincial = await provincialTarget(context, locale, parsed.data.provincialRiding);
      if (!provincial) return invalid("provincialRiding", "provincialRidingRequired");
      if (provincial.target) targets.push({ ...provincial.target, kind: "elected", riding: provincial.riding });
      if (provincial.note) notes.push(provincial.note);
    } else {
      // No choice offered means the directory has no provincial ridings there: the other letters still go.
      const offered = await hasProvincialRidings(context, parsed.data.postalCode || signed.postalCode);
      if (offered.yes) return invalid("provincialRiding", "provincialRidingRequired");
      notes.push({ key: "provincialUnreachable", province: offered.province });
    }
  }
  for (const target of action.targets) {
    targets.push({ key: `fixed:${target.id}`, name: locale === "fr" ? target.nameFr : target.nameEn, address: target.email, region: target.jurisdiction, fixedTargetId: target.id, kind: "organisation", riding: null });
  }
  if (targets.length === 0) return failed("noTargets");

  const texts = { elected: compose(action, locale, "elected", parsed.data.body), organisation: compose(action, locale, "organisation", parsed.data.orgBody) };
  const blank = targets.find((target) => !texts[target.kind].text.trim());
  if (blank) return invalid(blank.kind === "elected" ? "body" : "orgBody", "bodyRequired");

  return ok({
    campaignId: campaign.id,
    delivery: action.delivery,
    kind: action.kind,
    postalCode: signed.postalCode,
    riding,
    notes,
    letters: targets.map((target) => {
      const { salutation, template, text } = texts[target.kind];
      // {{riding}} is where the supporter writes from (their own riding, for an organisation); {{representative}} the recipient.
      const values: MergeValues = { supporter_name: supporter.name, riding: (target.riding ?? riding)?.name ?? "", representative: target.name };
      const opening = fillMergeFields(salutation, values).trim();
      const body = fillMergeFields(text, values).trim();
      return { ...target, subject, body: opening ? `${opening}\n\n${body}` : body, personalised: isPersonalised(fillMergeFields(template, values), body) };
    }),
  });
}

/** One kind of recipient's salutation and template, and the text the supporter sends them (theirs when they may change it). */
function compose(action: LetterAction, locale: Locale, kind: RecipientKind, typed: string | undefined) {
  const { salutation, template } = letterTextFor(action, locale, kind);
  return { salutation, template, text: action.editable && typed ? typed : template };
}
