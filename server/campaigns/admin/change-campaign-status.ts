import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { campaigns } from "@/db/schema";
import { postedFields } from "@/lib/forms/posted-fields";
import { failed, ok, type Result } from "@/lib/result";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";

type Status = "draft" | "live" | "closed" | "archived";

/** The lifecycle: publish a draft, close a live petition (or reopen it), archive a closed one. */
export const transitions: Record<Status, Status[]> = {
  draft: ["live", "archived"],
  live: ["closed"],
  closed: ["live", "archived"],
  archived: [],
};

const input = z.object({
  campaignId: z.uuid(),
  to: z.enum(["draft", "live", "closed", "archived"]),
  // Every change of state is confirmed: a ticked box on the confirmation page.
  confirm: z.literal("yes"),
});

/**
 * Moves a campaign to another state, if the lifecycle allows it and the organiser confirmed
 * (admins and organisers). Audited, before and after.
 */
export async function changeCampaignStatus(ctx: Context, raw: unknown): Promise<Result<{ slug: string }, "invalid" | "notAllowed" | "unconfirmed">> {
  const actor = authorize(ctx, "campaign.change-status");
  const parsed = input.safeParse(postedFields(raw));
  if (!parsed.success) return failed(parsed.error.issues.some((issue) => issue.path[0] === "confirm") ? "unconfirmed" : "invalid");
  const { campaignId, to } = parsed.data;
  return transaction(ctx, async ({ db }) => {
    const [before] = await db.select({ status: campaigns.status, slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, campaignId)).for("update");
    if (!before) return failed("invalid");
    if (!transitions[before.status].includes(to)) return failed("notAllowed");
    await db
      .update(campaigns)
      // closed_at starts the clock on anonymising its signers (server/retention/); reopening stops it.
      .set({ status: to, updatedAt: sql`now()`, ...(to === "closed" ? { closedAt: sql`now()` } : to === "live" ? { closedAt: null } : {}) })
      .where(eq(campaigns.id, campaignId));
    await recordAudit(db, actor, { action: `campaign.status.${to}`, entityType: "campaign", entityId: campaignId, before, after: { ...before, status: to } });
    return ok({ slug: before.slug });
  });
}
