import "server-only";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { campaignFindings, findings } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";
import { findingLinkColumns, toFindingLinkItem, type FindingLinkItem } from "@/server/findings/finding-link-columns";

export type FindingChoice = FindingLinkItem & { chosen: boolean };

/**
 * Every finding in the library, newest first, each marked when the campaign (if any) stands on
 * it: the campaign editor's checklist (admins and organisers). Incomplete records are offered
 * too, marked, so an organiser sees the gap before citing one.
 */
export async function listFindingChoices(ctx: Context, campaignId: string | null): Promise<FindingChoice[]> {
  authorize(ctx, "campaign.edit");
  const db = database(ctx);
  const id = campaignId && z.uuid().safeParse(campaignId).success ? campaignId : null;
  const [rows, chosen] = await Promise.all([
    db.select(findingLinkColumns).from(findings).orderBy(desc(findings.sortDate), desc(findings.id)),
    id ? db.select({ id: campaignFindings.findingId }).from(campaignFindings).where(eq(campaignFindings.campaignId, id)) : Promise.resolve([]),
  ]);
  const picked = new Set(chosen.map((row) => row.id));
  return rows.map((row) => ({ ...toFindingLinkItem(row), chosen: picked.has(row.id) }));
}
