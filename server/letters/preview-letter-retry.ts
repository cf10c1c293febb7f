import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { requireRole } from "@/server/auth/current-actor";
import { pagePolicy } from "@/server/auth/policy";
import { failedLetters, failedLettersInput } from "./failed-letters";

export type LetterRetryPreview = { retryable: number; skipped: number; targetName: string | null };

/**
 * What retrying the failed letters of a campaign (or of one target) would do, for its confirmation
 * step: how many would be queued again and how many skipped because their recipient is disabled.
 * Null for a malformed campaign id or target.
 */
export async function previewLetterRetry(raw: unknown): Promise<LetterRetryPreview | null> {
  await requireRole(pagePolicy["/admin/campaigns/[id]/letters/retry"]);
  const parsed = failedLettersInput.safeParse(raw);
  if (!parsed.success) return null;
  const { campaignId, target } = parsed.data;
  const [row] = await db().execute<LetterRetryPreview>(sql`
    select count(*) filter (where not failed.disabled)::int as retryable, count(*) filter (where failed.disabled)::int as skipped,
      ${target ? sql`(select to_name from letters where campaign_id = ${campaignId} and target_key = ${target} limit 1)` : sql`null`} as "targetName"
    from (${failedLetters(campaignId, target)}) as failed`);
  return row ?? { retryable: 0, skipped: 0, targetName: null };
}
