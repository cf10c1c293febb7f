import { sql } from "drizzle-orm";
import { db } from "@/db/client";

const KINDS = "array['statement','finding','order','court-decision','other']::finding_kind[]";

/**
 * Findings numbered from `from` to `from + count - 1`, a few days apart going back from 2027, each
 * with two sources: dates, kinds, jurisdictions and tags vary so that filters have work to do.
 */
export async function insertBenchFindings(count: number, from = 0): Promise<void> {
  await db().execute(sql`
    insert into findings (id, date, sort_date, kind, binding, jurisdictions, issuers, file_numbers, tags, actors, related,
                          title_en, title_fr, summary_en, importance)
    select to_char(d, 'YYYY-MM-DD') || '--bench-finding-' || i, to_char(d, 'YYYY-MM-DD'), d,
           (${sql.raw(KINDS)})[1 + i % 5], i % 5 = 2,
           array[(array['CA','BC','AB','QC','ON'])[1 + i % 5]], array['Office of the Privacy Commissioner of Canada'],
           array['File ' || i], array['facial-recognition', (array['clearview-ai','police','transit','retail'])[1 + i % 4]],
           array['Clearview AI'], array[]::text[],
           'Benchmark finding number ' || i || ' on facial recognition', 'Constat de référence numéro ' || i || ' sur la reconnaissance faciale',
           'A regulator examined the use of facial recognition by an organisation and reported what it found.', 1 + i % 10
    from generate_series(${from}::int, ${from + count - 1}::int) as i, lateral (select date '2027-01-01' - (i * 2) as d) as day`);
  await db().execute(sql`
    insert into finding_sources (finding_id, position, url, title, publisher, date, tier)
    select f.id, p, 'https://www.priv.gc.ca/en/bench/' || f.id || '/' || p, 'Report ' || p, 'Office of the Privacy Commissioner of Canada', f.date, p
    from findings f, generate_series(1, 2) as p where f.id like '%--bench-finding-%'
    on conflict do nothing`);
}

/**
 * `count` opted-in confirmed signers of a campaign, plus a fifth as many who are not reachable:
 * not subscribed, suppressed, or muted for this campaign.
 */
export async function insertBenchAudience(campaignId: string, count: number): Promise<void> {
  const extra = Math.floor(count / 5);
  await db().execute(sql`
    insert into supporters (email, canonical_email, name, locale, subscription_status)
    select 'aud-' || i || '@example.org', 'aud-' || i || '@example.org', 'Audience ' || i, (case when i % 3 = 0 then 'fr' else 'en' end)::locale,
           (case when i > ${count} and i % 3 = 0 then 'none' else 'subscribed' end)::subscription_status
    from generate_series(1, ${count + extra}::int) as i`);
  await db().execute(sql`
    insert into signatures (campaign_id, supporter_id, state, name, email, canonical_email, postal_code, country, province, locale, confirmed_at, source)
    select ${campaignId}, id, 'confirmed', name, email, canonical_email, 'K1A 0A6', 'CA', 'ON', locale, now(), 'bench'
    from supporters where email like 'aud-%'`);
  await db().execute(sql`
    insert into email_suppressions (address, reason)
    select canonical_email, 'bounced' from supporters
    where email like 'aud-%' and substring(email from 5 for 10)::text ~ '^[0-9]+@' and split_part(substring(email from 5), '@', 1)::int > ${count}
      and split_part(substring(email from 5), '@', 1)::int % 3 = 1`);
  await db().execute(sql`
    insert into campaign_mutes (supporter_id, campaign_id)
    select id, ${campaignId} from supporters
    where email like 'aud-%' and split_part(substring(email from 5), '@', 1)::int > ${count}
      and split_part(substring(email from 5), '@', 1)::int % 3 = 2`);
}
