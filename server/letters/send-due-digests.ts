import "server-only";
import { sql } from "drizzle-orm";
import { database, type Context } from "@/server/context";
import { sendDigest } from "./send-digest";

/**
 * Digest mode: sends a target's digest once `digestEvery` of its letters wait or the oldest has
 * waited `digestHours`. Queued after each letter (for the count), naming its campaign and target,
 * and every few minutes by cron (for the time), with neither: then every due target is sent, each
 * in its own transaction.
 */
export async function sendDueDigests(context: Context, only: { campaignId?: string; targetKey?: string }): Promise<void> {
  const { campaignId, targetKey } = only;
  const due = await database(context).execute<{ campaign_id: string; target_key: string }>(sql`
    select l.campaign_id, l.target_key from letters l join letter_actions a on a.campaign_id = l.campaign_id
    where l.state = 'queued' and a.delivery = 'digest'
      ${campaignId && targetKey ? sql`and l.campaign_id = ${campaignId} and l.target_key = ${targetKey}` : sql``}
    group by l.campaign_id, l.target_key, a.digest_every, a.digest_hours
    having count(*) >= a.digest_every or min(l.created_at) <= now() - a.digest_hours * interval '1 hour'`);
  for (const group of due) await sendDigest(context, group.campaign_id, group.target_key);
}
