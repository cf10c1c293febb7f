import "server-only";
import { sql } from "drizzle-orm";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";
import { failedLetters, failedLettersInput } from "./failed-letters";

export type LetterRetryPreview = { retryable: number; skipped: number; targetName: string | null };

/**
 * What retrying the failed letters of a campaign (or of one target) would do, for its confirmation
 * step: how many would be queued again and how many skipped because their recipient is disabled.
 * Null for a malformed campaign id or target.
 */
export async function previewLetterRetry(context: Context, raw: unknown): Promise<LetterRetryPreview | null> {
  authorize(context, "letters.retry");
  const parsed = failedLettersInput.safeParse(raw);
  if (!parsed.success) return null;
  const { campaignId, target } = parsed.data;
  const [row] = await database(context).execute<LetterRetryPreview>(sql`
    select count(*) filter (where not failed.disabled)::int as retryable, count(*) filter (where failed.disabled)::int as skipped,
      ${target ? sql`(select to_name from letters where campaign_id = ${campaignId} and target_key = ${target} limit 1)` : sql`null`} as "targetName"
    from (${failedLetters(campaignId, target)}) as failed`);
  return row ?? { retryable: 0, skipped: 0, targetName: null };
}
