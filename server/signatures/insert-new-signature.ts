import "server-only";
import { rawSql } from "@/db/client";
import { insertJobs } from "@/db/queue/job-row";
import { coalesce } from "@/lib/coalesce";
import { confirmationKey } from "./queue-confirmation";

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
  /** The wording the form showed; recorded as consent only by the confirmation click. */
  petitionConsent: { id: string };
  /** Present when the signer ticked the updates box and that wording exists. */
  updatesConsent: { id: string } | null;
  /** The confirmation email's props, and its link (sealed) with the token. */
  emailProps: string;
  sealedProps: string;
};

type Outcome = { created: boolean; overLimit: boolean };

// The statement's input: one JSON array (a single bind parameter, however many signers).
const row = (s: NewSignature, ord: number) => ({
  ord,
  signature_id: s.signatureId,
  campaign_id: s.campaignId,
  name: s.name,
  email: s.email,
  canonical_email: s.canonicalEmail,
  postal_code: s.postalCode,
  country: s.country,
  province: s.province,
  locale: s.locale,
  ip_hash: s.ipHash,
  source: s.source,
  token_hash: s.tokenHash,
  ip_limit: s.ipLimit,
  email_limit: s.emailLimit,
  petition_consent_id: s.petitionConsent.id,
  updates_consent_id: s.updatesConsent?.id ?? null,
  email_props: s.emailProps,
  sealed_props: s.sealedProps,
  // Its first email, keyed as every later one is (queueConfirmation).
  message_key: confirmationKey(s.signatureId, 1),
});

/**
 * New signatures in ONE statement: the signing hot path. For each signer, the rate check, the
 * supporter, the signature (with the consent wording its form showed, which the confirmation click
 * records: see confirmSignature), the confirmation email and its queue job are written
 * together (atomically, as one statement is), for a whole batch of signers in one round trip and
 * one commit. Rows are taken in canonical-email order so that two batches writing the same people
 * lock them in the same order.
 *
 * The job row is what pg-boss 10's own send writes (db/queue/job-row.ts: retry policy, expiry and
 * retention taken from the queue), so the worker sends it like any other.
 *
 * The rate check counts the last hour's signatures from the same IP hash (and by the same person)
 * plus, for the IP, the earlier signers from it in the same batch, which the statement's snapshot
 * cannot see.
 */
async function insertBatch(batch: NewSignature[]): Promise<Outcome[]> {
  const sql = rawSql();
  const input = JSON.stringify(batch.map(row));
  const rows = await sql<{ ord: number; created: boolean; over: boolean }[]>`
    with input as (
      select * from jsonb_to_recordset(${input}::jsonb) as x(
        ord int, signature_id uuid, campaign_id uuid, name text, email text, canonical_email text, postal_code text,
        country text, province text, locale locale, ip_hash text, source text, token_hash text, ip_limit int, email_limit int,
        petition_consent_id uuid, updates_consent_id uuid,
        email_props text, sealed_props text, message_key text)
    ),
    limits as (
      select input.ord,
        (select count(*) from (select 1 from signatures where input.ip_hash is not null and ip_hash = input.ip_hash
           and created_at > now() - interval '1 hour' limit input.ip_limit) as recent)
        + count(input.ip_hash) over (partition by input.ip_hash order by input.ord rows between unbounded preceding and 1 preceding)
          >= input.ip_limit
        or (select count(*) from (select 1 from supporters join signatures on signatures.supporter_id = supporters.id
           where supporters.canonical_email = input.canonical_email and signatures.created_at > now() - interval '1 hour'
           limit input.email_limit) as recent) >= input.email_limit as over
      from input
    ),
    supporter as (
      -- A new supporter who asked for updates awaits confirmation ("pending"); whether they are
      -- subscribed, and under which name, is decided by the confirmation click (confirmSignature).
      insert into supporters (email, canonical_email, name, locale, subscription_status)
      select email, canonical_email, name, locale,
             (case when updates_consent_id is not null then 'pending' else 'none' end)::subscription_status
      from input order by canonical_email
      -- A no-op update so that RETURNING also gives an existing supporter, whose name stays theirs
      -- until they confirm a signature.
      on conflict (canonical_email) do update set updated_at = supporters.updated_at
      returning id, canonical_email
    ),
    signature as (
      insert into signatures (id, campaign_id, supporter_id, state, name, email, canonical_email, postal_code, country, province,
                              locale, ip_hash, source, confirm_token_hash, confirm_token_expires_at, confirmation_sends,
                              petition_consent_id, updates_consent_id)
      select input.signature_id, input.campaign_id, supporter.id,
             (case when limits.over then 'fraudulent' else 'pending' end)::signature_state,
             input.name, input.email, input.canonical_email, input.postal_code, input.country, input.province, input.locale,
             input.ip_hash, input.source, case when limits.over then null else input.token_hash end, now() + interval '7 days',
             case when limits.over then 0 else 1 end, input.petition_consent_id, input.updates_consent_id
      from input join supporter using (canonical_email) join limits using (ord)
      order by input.canonical_email
      on conflict (campaign_id, canonical_email) do nothing
      returning id, state, supporter_id
    ),
    message as (
      insert into email_messages (idempotency_key, kind, category, template, props, sealed_props, locale, to_address, to_name, canonical_to, supporter_id)
      select input.message_key, 'confirm-signature', 'transactional', 'confirm-signature', input.email_props::jsonb,
             input.sealed_props, input.locale, input.email, input.name, input.canonical_email, signature.supporter_id
      from signature join input on input.signature_id = signature.id
      where signature.state = 'pending'
      returning id
    ),
    job as (${insertJobs(sql, "mail.send", { messageId: sql`message.id` }, sql`message`)})
    select limits.ord, exists (select 1 from signature where signature.id = input.signature_id) as created, limits.over
    from input join limits using (ord)`;
  const byOrd = new Map(rows.map((r) => [r.ord, r]));
  return batch.map((_, ord) => ({ created: Boolean(byOrd.get(ord)?.created), overLimit: Boolean(byOrd.get(ord)?.over) }));
}

/*
 * Signers arriving together share a statement (see lib/coalesce.ts). The same address twice never
 * shares one: the second then finds the first's signature, as it would have a moment later anyway.
 * At most four statements run at once, leaving the pool's other connections to everything else.
 */
const submit = coalesce(insertBatch, { maxBatch: 100, maxInFlight: 4, key: (s) => s.canonicalEmail });

/**
 * Writes a new signature (see insertBatch) and says whether it was new, and whether it was over a
 * rate limit. An address that has already signed this campaign writes nothing here (the caller
 * then re-sends its link).
 */
export function insertNewSignature(s: NewSignature): Promise<Outcome> {
  return submit(s);
}
