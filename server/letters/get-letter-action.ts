import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { fixedTargets, letterActions } from "@/db/schema";
import { database, type Context } from "@/server/context";

/** A campaign's letter action with its fixed targets that are still enabled; null when it has none. */
export async function getLetterAction(context: Context, campaignId: string) {
  const db = database(context);
  const [action] = await db.select().from(letterActions).where(eq(letterActions.campaignId, campaignId));
  if (!action) return null;
  const targets = action.fixedTargetIds.length
    ? await db
        .select()
        .from(fixedTargets)
        .where(and(inArray(fixedTargets.id, action.fixedTargetIds), isNull(fixedTargets.disabledAt), isNull(fixedTargets.emailDisabledAt)))
    : [];
  return { ...action, targets };
}

export type LetterAction = NonNullable<Awaited<ReturnType<typeof getLetterAction>>>;

/** The subjects an organiser offers, one per line, in the supporter's language. */
export function subjectsOf(action: Pick<LetterAction, "subjectsEn" | "subjectsFr">, locale: "en" | "fr"): string[] {
  return (locale === "fr" ? action.subjectsFr : action.subjectsEn)
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The two kinds of recipient a letter action writes to differently. */
export type RecipientKind = "elected" | "organisation";

type Texts = Pick<LetterAction, "salutationEn" | "salutationFr" | "templateEn" | "templateFr" | "orgSalutationEn" | "orgSalutationFr" | "orgTemplateEn" | "orgTemplateFr">;

/**
 * The salutation and letter one kind of recipient reads, in the supporter's language. An action
 * written before organisations had their own text (empty) gives them the elected members' text.
 */
export function letterTextFor(action: Texts, locale: "en" | "fr", kind: RecipientKind): { salutation: string; template: string } {
  const fr = locale === "fr";
  const elected = { salutation: fr ? action.salutationFr : action.salutationEn, template: fr ? action.templateFr : action.templateEn };
  if (kind === "elected") return elected;
  const template = fr ? action.orgTemplateFr : action.orgTemplateEn;
  return template.trim() ? { salutation: fr ? action.orgSalutationFr : action.orgSalutationEn, template } : elected;
}
