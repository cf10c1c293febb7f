import "server-only";
import { and, inArray, isNull, sql } from "drizzle-orm";
import { organisationSettings, users } from "@/db/schema";
import { env } from "@/lib/env";
import { localizedPath } from "@/lib/i18n/localized-path";
import { transaction, type Context } from "@/server/context";
import { queueEmail } from "@/server/mail/queue-email";
import { prepareMilestoneUpdate } from "./prepare-milestone-update";

export type ReachedMilestone = { campaignId: string; slug: string; percent: number; signatures: number; goal: number };

/**
 * Records every share of its goal that a live campaign has newly passed (from the tallies, never a
 * scan of signatures) and tells the organisers and administrators once per campaign and check,
 * naming the highest share passed, with a draft update announcing it ready to review. Run every minute by the worker; a milestone is recorded once,
 * in the transaction that queues its emails, so a crash neither loses nor repeats the news.
 */
export async function checkMilestones(ctx: Context): Promise<ReachedMilestone[]> {
  return transaction(ctx, async (tx) => {
    const reached = await tx.db.execute<{ campaign_id: string; slug: string; title_en: string; title_fr: string; percent: number; signatures: number; goal: number }>(sql`
      with totals as (
        select campaign_id, sum(count)::int as n from signature_tallies where scope = 'total' group by campaign_id
      ),
      passed as (
        insert into campaign_milestones (campaign_id, percent, signatures)
        select c.id, p, totals.n
        from campaigns c join totals on totals.campaign_id = c.id, unnest(c.milestones) as p
        where c.status = 'live' and totals.n::bigint * 100 >= c.goal::bigint * p
        on conflict do nothing
        returning campaign_id, percent, signatures
      )
      select passed.campaign_id, c.slug, c.title_en, c.title_fr, passed.percent::int, passed.signatures, c.goal
      from passed join campaigns c on c.id = passed.campaign_id
      order by passed.campaign_id, passed.percent desc`);
    const highest = new Map<string, (typeof reached)[number]>();
    for (const row of reached) if (!highest.has(row.campaign_id)) highest.set(row.campaign_id, row);
    if (highest.size === 0) return [];
    // Staff read the panel's news in the organisation's default language.
    const [settings] = await tx.db.select({ locale: organisationSettings.defaultLocale }).from(organisationSettings).limit(1);
    const locale = settings?.locale ?? "en";
    const staff = await tx.db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(and(inArray(users.role, ["admin", "organiser"]), isNull(users.disabledAt)));
    for (const row of highest.values()) {
      const draftId = await prepareMilestoneUpdate(tx, row);
      const panelUrl = `${env().APP_URL}${localizedPath(locale, "/admin/campaigns/[id]/updates/[updateId]", { id: row.campaign_id, updateId: draftId })}`;
      for (const person of staff) {
        await queueEmail(tx, {
          category: "transactional",
          template: "milestone-reached",
          props: { title: locale === "fr" ? row.title_fr : row.title_en, percent: row.percent, signatures: row.signatures, goal: row.goal, panelUrl },
          locale,
          to: person.email,
          idempotencyKey: `milestone/${row.campaign_id}/${row.percent}/${person.id}`,
        });
      }
    }
    return [...highest.values()].map((row) => ({ campaignId: row.campaign_id, slug: row.slug, percent: row.percent, signatures: row.signatures, goal: row.goal }));
  });
}
