import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { provinces, type Province } from "@/lib/postal-code";

/*
 * Who receives an update about a campaign. Either everyone subscribed to our updates, or the
 * campaign's confirmed signers who are subscribed, optionally in one province. Always excluded:
 * suppressed addresses (unsubscribed, bounced, complained) and anyone who muted this campaign on
 * their preferences page. Counting and listing use this one predicate, so the count shown before
 * sending is the list that is sent.
 */
export const audienceInput = z.object({
  campaignId: z.uuid(),
  scope: z.enum(["subscribers", "signers"], { error: "audienceInvalid" }),
  province: z.preprocess((value) => (value === "" ? undefined : value), z.enum(provinces as [Province, ...Province[]], { error: "audienceInvalid" }).optional()),
});
export type Audience = z.infer<typeof audienceInput>;

/** The audience's supporters as a query of (id, email, name, locale), one row per person. */
export function audienceQuery(audience: Audience): SQL {
  const reachable = sql`
    s.subscription_status = 'subscribed'
    and not exists (select 1 from email_suppressions x where x.address = s.canonical_email)
    and not exists (select 1 from campaign_mutes m where m.supporter_id = s.id and m.campaign_id = ${audience.campaignId})`;
  if (audience.scope === "subscribers") return sql`select s.id, s.email, s.name, s.locale from supporters s where ${reachable}`;
  // One confirmed signature per person and campaign (unique on campaign and canonical email).
  return sql`
    select s.id, s.email, s.name, s.locale from signatures g join supporters s on s.id = g.supporter_id
    where g.campaign_id = ${audience.campaignId} and g.state = 'confirmed'
      ${audience.province ? sql`and g.province = ${audience.province}` : sql``}
      and ${reachable}`;
}
