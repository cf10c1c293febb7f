import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { campaigns, campaignUpdates, updateCitations } from "@/db/schema";
import { postedFields } from "@/lib/forms/posted-fields";
import { failed, ok, type Failed, type Ok } from "@/lib/result";
import { citedIdsOf } from "@/lib/updates/citations";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";
import { getTimeZone } from "@/server/organisation/get-time-zone";
import { checkCitations } from "./check-citations";
import { updateErrors, updateInput, type UpdateInput } from "./update-input";

/**
 * A refused save names its fields in `fields` (keys under "Admin.Updates.errors"); a body citing an
 * id the library does not have is "unknownFinding" there, with the id in `unknownFindings`.
 */
export type SaveUpdateResult = Ok<{ id: string; campaignSlug: string; status: "draft" | "scheduled" | "published" }> | (Failed<"invalid" | "notFound"> & { unknownFindings?: Record<string, string> });

/** The state the pressed button asks for. A published update saved again keeps its first publication time. */
function stateFor(data: UpdateInput, before: { publishedAt: Date | null; status: string } | undefined) {
  if (data.intent === "draft") return { status: "draft" as const, publishAt: null, publishedAt: null };
  if (data.intent === "schedule") return { status: "scheduled" as const, publishAt: data.publishAt, publishedAt: null };
  const publishedAt = before?.status === "published" && before.publishedAt ? before.publishedAt : new Date();
  return { status: "published" as const, publishAt: null, publishedAt };
}

/** The update's citations replaced by those its bodies make now; the ids before and after, for the audit. */
async function replaceCitations(tx: Database, updateId: string, bodies: { en: string; fr: string }) {
  const before = await tx.select({ id: updateCitations.findingId }).from(updateCitations).where(eq(updateCitations.updateId, updateId)).orderBy(asc(updateCitations.position));
  const after = citedIdsOf(bodies);
  await tx.delete(updateCitations).where(eq(updateCitations.updateId, updateId));
  if (after.length) await tx.insert(updateCitations).values(after.map((findingId, position) => ({ updateId, findingId, position })));
  return { before: before.map((row) => row.id), after };
}

/**
 * Creates or saves a campaign update (admins and organisers) as a draft, scheduled for a future
 * time, or published now, in one transaction with its citations and the audit entry. Refused with
 * a field error when a body cites an id that is not in the findings library, or a schedule is not
 * in the future. Saving the same thing twice changes nothing but the updated time.
 */
export async function saveUpdate(ctx: Context, raw: unknown): Promise<SaveUpdateResult> {
  const actor = authorize(ctx, "updates.edit");
  const parsed = updateInput(await getTimeZone()).safeParse(postedFields(raw));
  if (!parsed.success) return failed("invalid", updateErrors(parsed.error));
  const data = parsed.data;
  if (data.intent === "schedule" && !data.publishAt) return failed("invalid", { publishAt: "publishAtRequired" });
  if (data.intent === "schedule" && data.publishAt! <= new Date()) return failed("invalid", { publishAt: "publishAtPast" });
  return transaction(ctx, async (unit): Promise<SaveUpdateResult> => {
    const tx = unit.db;
    const [campaign] = await tx.select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, data.campaignId));
    if (!campaign) return failed("notFound");
    const unknownFindings = await checkCitations(unit, data);
    if (Object.keys(unknownFindings).length) return { ...failed("invalid", Object.fromEntries(Object.keys(unknownFindings).map((field) => [field, "unknownFinding"]))), unknownFindings };
    const [before] = data.updateId
      ? await tx
          .select()
          .from(campaignUpdates)
          .where(and(eq(campaignUpdates.id, data.updateId), eq(campaignUpdates.campaignId, data.campaignId)))
          .for("update")
      : [];
    if (data.updateId && !before) return failed("notFound");
    const fields = { titleEn: data.titleEn, titleFr: data.titleFr, bodyEn: data.bodyEn, bodyFr: data.bodyFr, ...stateFor(data, before) };
    const [after] = before
      ? await tx
          .update(campaignUpdates)
          .set({ ...fields, updatedAt: sql`now()` })
          .where(eq(campaignUpdates.id, before.id))
          .returning()
      : await tx
          .insert(campaignUpdates)
          .values({ ...fields, campaignId: data.campaignId, createdBy: actor.userId })
          .returning();
    const citations = await replaceCitations(tx, after!.id, { en: data.bodyEn, fr: data.bodyFr });
    await recordAudit(tx, actor, {
      action: before ? `update.${data.intent === "draft" ? "save" : data.intent}` : `update.create.${data.intent}`,
      entityType: "campaign_update",
      entityId: after!.id,
      before: before ? { ...before, citations: citations.before } : null,
      after: { ...after, citations: citations.after },
    });
    return ok({ id: after!.id, campaignSlug: campaign.slug, status: after!.status });
  });
}
