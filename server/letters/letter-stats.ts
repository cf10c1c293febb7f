import "server-only";
import { sql } from "drizzle-orm";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";
import { emailFailed, recipientDisabled } from "./failed-letters";

export type TargetStats = { targetKey: string; name: string; riding: string | null; addressDisabled: boolean; total: number; waiting: number; sending: number; sent: number; failed: number; bounced: number; personalised: number; retryable: number; retryBlocked: number };

/**
 * Letters of a campaign per target, by state: waiting for a slot (queued), handed to the mail
 * pipeline and not yet accepted (sending), sent, failed, bounced; how many were personalised; and
 * whether a bounce has disabled the recipient's address; and how many failed letters a retry
 * would queue again (retryable) or skip because the recipient is disabled (retryBlocked). Only an
 * elected member has a riding: a commissioner or a company has none, whatever its letters say.
 */
export async function letterStats(context: Context, campaignId: string): Promise<TargetStats[]> {
  authorize(context, "letters.read");
  const rows = await database(context).execute<TargetStats>(sql`
    select l.target_key as "targetKey", max(l.to_name) as name, max(l.riding_name) filter (where l.target_key like 'rep:%') as riding, count(*)::int as total,
      count(*) filter (where l.state = 'queued')::int as waiting,
      count(*) filter (where m.status in ('queued', 'sending'))::int as sending,
      count(*) filter (where m.status in ('sent', 'delivered'))::int as sent,
      count(*) filter (where m.status in ('failed', 'suppressed'))::int as failed,
      count(*) filter (where m.status in ('bounced', 'complained'))::int as bounced,
      count(*) filter (where l.personalised)::int as personalised,
      count(*) filter (where ${emailFailed} and not ${recipientDisabled})::int as retryable,
      count(*) filter (where ${emailFailed} and ${recipientDisabled})::int as "retryBlocked",
      bool_or(r.email_disabled_at is not null or f.email_disabled_at is not null) as "addressDisabled"
    from letters l left join email_messages m on m.id = l.email_message_id
      left join representatives r on r.id = l.representative_id left join fixed_targets f on f.id = l.fixed_target_id
    where l.campaign_id = ${campaignId}
    group by l.target_key order by total desc`);
  return [...rows];
}
