import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { campaigns, consentTexts } from "@/db/schema";
import { consentTextHash } from "@/lib/consent-hash";
import { postedFields } from "@/lib/forms/posted-fields";
import { failed, ok, type Result } from "@/lib/result";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize } from "@/server/auth/permissions";
import { transaction, type StaffActor, type Context, type TxContext } from "@/server/context";
import { getTimeZone } from "@/server/organisation/get-time-zone";
import { campaignErrors, campaignInput, type CampaignInput } from "./campaign-input";
import { replaceCampaignFindings } from "./replace-campaign-findings";

/** A refused save names its fields in `fields` (keys under "Admin.Campaigns.errors"). */
export type SaveResult = Result<{ id: string; slug: string }, "invalid" | "notFound">;

/**
 * A petition wording that supporters may already have agreed to is never rewritten: a changed
 * wording becomes a new version, and earlier signatures keep pointing at what they were shown.
 * Returns the version in force after and before (none for a new campaign), for the audit.
 */
async function versionConsent(tx: TxContext, campaignId: string, wording: { en: string; fr: string }) {
  const [current] = await tx.db
    .select()
    .from(consentTexts)
    .where(and(eq(consentTexts.campaignId, campaignId), eq(consentTexts.purpose, "petition")))
    .orderBy(desc(consentTexts.version))
    .limit(1);
  const previous = current?.version ?? null;
  if (current && current.textEn === wording.en && current.textFr === wording.fr) return { version: current.version, previous };
  const version = (current?.version ?? 0) + 1;
  await tx.db.insert(consentTexts).values({ campaignId, purpose: "petition", version, textEn: wording.en, textFr: wording.fr, textHash: consentTextHash(wording) });
  return { version, previous };
}

function row(data: CampaignInput) {
  const { consentEn: _en, consentFr: _fr, findings: _findings, ...fields } = data;
  return fields;
}

async function create(tx: TxContext, actor: StaffActor, data: CampaignInput): Promise<SaveResult> {
  const [taken] = await tx.db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, data.slug));
  if (taken) return failed("invalid", { slug: "slugTaken" });
  const [created] = await tx.db
    .insert(campaigns)
    .values({ ...row(data), status: "draft" })
    .returning();
  const { version: consentVersion } = await versionConsent(tx, created!.id, { en: data.consentEn, fr: data.consentFr });
  const findings = await replaceCampaignFindings(tx, created!.id, data.findings);
  await recordAudit(tx.db, actor, { action: "campaign.create", entityType: "campaign", entityId: created!.id, after: { ...created, consentVersion, findings: findings.after } });
  return ok({ id: created!.id, slug: created!.slug });
}

/**
 * Creates a campaign (as a draft) or saves changes to one (admins and organisers), with every
 * change audited, before and after, the findings it stands on included. The address (slug) can change only while it is a draft, so
 * that no shared link breaks. `raw` is the editor's form as posted (or its fields): a `campaignId`
 * saves that campaign, none creates one.
 */
export async function saveCampaign(ctx: Context, raw: unknown): Promise<SaveResult> {
  const actor = authorize(ctx, "campaign.edit");
  // Checkboxes of one name send several values, which Object.fromEntries would cut to the last.
  const fields = postedFields(raw, ["findings"]);
  const id = typeof fields.campaignId === "string" && fields.campaignId ? fields.campaignId : null;
  const parsed = campaignInput(await getTimeZone()).safeParse(fields);
  if (!parsed.success) return failed("invalid", campaignErrors(parsed.error));
  const data = parsed.data;
  return transaction(ctx, async (tx) => {
    if (!id) return create(tx, actor, data);
    const [before] = await tx.db.select().from(campaigns).where(eq(campaigns.id, id)).for("update");
    if (!before) return failed("notFound");
    if (before.slug !== data.slug && before.status !== "draft") return failed("invalid", { slug: "slugLocked" });
    if (before.slug !== data.slug) {
      const [taken] = await tx.db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, data.slug));
      if (taken) return failed("invalid", { slug: "slugTaken" });
    }
    const [after] = await tx.db
      .update(campaigns)
      .set({ ...row(data), updatedAt: sql`now()` })
      .where(eq(campaigns.id, id))
      .returning();
    const consent = await versionConsent(tx, id, { en: data.consentEn, fr: data.consentFr });
    const findings = await replaceCampaignFindings(tx, id, data.findings);
    await recordAudit(tx.db, actor, {
      action: "campaign.update",
      entityType: "campaign",
      entityId: id,
      before: { ...before, consentVersion: consent.previous, findings: findings.before },
      after: { ...after, consentVersion: consent.version, findings: findings.after },
    });
    return ok({ id, slug: after!.slug });
  });
}
