import "server-only";
import { rawSql } from "@/db/client";
import { QUEUE_SCHEMA } from "@/jobs/queue";

export type NewSignature = {
  signatureId: string;
  campaignId: string;
  name: string;
  email: string;
  canonicalEmail: string;
  postalCode: string | null;
  country: string;
  province: string | null;
  locale: string;
  ipHash: string | null;
  source: string;
  tokenHash: string;
  ipLimit: number;
  emailLimit: number;
  petitionConsent: { id: string; textHash: string };
  /** Present when the signer ticked the updates box and that wording exists. */
  updatesConsent: { id: string; textHash: string } | null;
  /** The confirmation email's props, and its link (sealed) with the token. */
  emailProps: string;
  sealedProps: string;
};

/**
 * A new signature in ONE statement: the signing hot path. The rate check, the supporter, the
 * signature, the consent given, the confirmation email and its queue job are written together
 * (atomically, as one statement is) in a single round trip, where separate statements would cost
 * a dozen round trips and most of a web process's time per signer.
 *
 * The job row is what pg-boss 10's own insert writes (retry policy, expiry and retention taken from
 * the queue), so the worker sends it like any other; tests/integration/signing.test.ts and the
 * browser tests see these confirmation emails arrive.
 *
 * Returns whether the signature was new, and whether it was over a rate limit. An address that
 * has already signed this campaign writes nothing here (the caller then re-sends its link).
 */
export async function insertNewSignature(s: NewSignature): Promise<{ created: boolean; overLimit: boolean }> {
  const sql = rawSql();
  const schema = sql(QUEUE_SCHEMA);
  const [row] = await sql<{ created: boolean; over: boolean }[]>`
    with limits as (
      select
        (select count(*) from (select 1 from signatures where ${s.ipHash}::text is not null and ip_hash = ${s.ipHash}
           and created_at > now() - interval '1 hour' limit ${s.ipLimit}) as recent) >= ${s.ipLimit}
        or (select count(*) from (select 1 from supporters join signatures on signatures.supporter_id = supporters.id
           where supporters.canonical_email = ${s.canonicalEmail} and signatures.created_at > now() - interval '1 hour'
           limit ${s.emailLimit}) as recent) >= ${s.emailLimit} as over
    ),
    supporter as (
      -- A new supporter who asked for updates awaits confirmation ("pending"); for one we already
      -- know, confirming the signature decides, from the consent recorded below.
      insert into supporters (email, canonical_email, name, locale, subscription_status)
      values (${s.email}, ${s.canonicalEmail}, ${s.name}, ${s.locale}::locale,
              (case when ${s.updatesConsent !== null} then 'pending' else 'none' end)::subscription_status)
      -- A no-op update so that RETURNING also gives an existing supporter, whose name stays theirs.
      on conflict (canonical_email) do update set updated_at = supporters.updated_at
      returning id, subscription_status
    ),
    signature as (
      insert into signatures (id, campaign_id, supporter_id, state, name, email, canonical_email, postal_code, country, province,
                              locale, ip_hash, source, confirm_token_hash, confirm_token_expires_at, confirmation_sends)
      select ${s.signatureId}, ${s.campaignId}, supporter.id,
             (case when limits.over then 'fraudulent' else 'pending' end)::signature_state,
             ${s.name}, ${s.email}, ${s.canonicalEmail}, ${s.postalCode}, ${s.country}, ${s.province}, ${s.locale}::locale, ${s.ipHash}, ${s.source},
             case when limits.over then null else ${s.tokenHash} end, now() + interval '7 days', case when limits.over then 0 else 1 end
      from supporter, limits
      on conflict (campaign_id, canonical_email) do nothing
      returning id, state, supporter_id
    ),
    petition_consent as (
      insert into consent_records (supporter_id, purpose, action, consent_text_id, text_hash, campaign_id, locale, source, ip_hash)
      select supporter_id, 'petition', 'granted', ${s.petitionConsent.id}, ${s.petitionConsent.textHash}, ${s.campaignId}, ${s.locale}, ${s.source}, ${s.ipHash}
      from signature
    ),
    updates_consent as (
      insert into consent_records (supporter_id, purpose, action, consent_text_id, text_hash, campaign_id, locale, source, ip_hash)
      select signature.supporter_id, 'updates', 'granted', ${s.updatesConsent?.id ?? null}, ${s.updatesConsent?.textHash ?? null}, ${s.campaignId}, ${s.locale}, ${s.source}, ${s.ipHash}
      from signature, supporter where ${s.updatesConsent !== null} and supporter.subscription_status <> 'subscribed'
    ),
    message as (
      insert into email_messages (idempotency_key, kind, category, template, props, sealed_props, locale, to_address, to_name, canonical_to, supporter_id)
      select 'confirm/' || signature.id || '/1', 'confirm-signature', 'transactional', 'confirm-signature', ${s.emailProps}::jsonb, ${s.sealedProps},
             ${s.locale}::locale, ${s.email}, ${s.name}, ${s.canonicalEmail}, signature.supporter_id
      from signature where signature.state = 'pending'
      returning id
    ),
    job as (
      insert into ${schema}.job (name, data, retry_limit, retry_delay, retry_backoff, expire_in, keep_until, dead_letter, policy)
      select 'mail.send', jsonb_build_object('messageId', message.id), coalesce(q.retry_limit, 2),
             case when coalesce(q.retry_backoff, false) then greatest(coalesce(q.retry_delay, 0), 1) else coalesce(q.retry_delay, 0) end,
             coalesce(q.retry_backoff, false), coalesce(q.expire_seconds, 900) * interval '1 second',
             now() + coalesce(q.retention_minutes, 20160) * interval '1 minute', q.dead_letter, q.policy
      from message, ${schema}.queue as q where q.name = 'mail.send'
    )
    select exists (select 1 from signature) as created, (select over from limits) as over`;
  return { created: Boolean(row?.created), overLimit: Boolean(row?.over) };
}
