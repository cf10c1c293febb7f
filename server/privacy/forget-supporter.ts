import "server-only";
import { inArray, sql } from "drizzle-orm";
import { campaignMutes, emailSuppressions, forgottenSubjects, letters, myDataLinks, signatures, supporters, verificationTokens, writerLinks } from "@/db/schema";
import { env } from "@/lib/env";
import { subjectHash } from "@/lib/subject-hash";
import type { TxContext } from "@/server/context";
import { canonicalEmail } from "@/server/mail/canonical";
import { anonymiseLetters } from "./anonymise-letters";
import { anonymiseSignatures } from "./anonymise-signatures";
import { forgetMail } from "./forget-mail";
import { textArray, uuidArray } from "./sql-arrays";

export type ForgetOptions = {
  /** Keep the keyed hash of the address in forgotten_subjects, so no bulk mail reaches it again (an erasure asked for). */
  suppress: boolean;
};

/** Rows removed or anonymised, per table: the retention report and the tests read them. */
export type ForgetCounts = Record<string, number>;

/**
 * Removes everything that identifies one supporter, in the caller's transaction, and then the
 * supporter row itself (see forgetSupporters). Returns null when there is no such supporter
 * (already forgotten).
 */
export async function forgetSupporter(tx: TxContext, supporterId: string, options: ForgetOptions): Promise<ForgetCounts | null> {
  const counts = await forgetSupporters(tx, [supporterId], options);
  return counts.supporters ? counts : null;
}

/**
 * Removes everything that identifies these supporters, in the caller's transaction, then their
 * rows. Counts stay exact: signatures and letters that counted keep their rows without the person
 * (./anonymise-signatures.ts, ./anonymise-letters.ts); emails keep their delivery state without
 * the address (./forget-mail.ts). What must be kept is kept under the keyed hash of the address
 * (lib/subject-hash.ts) and nothing else: the CASL proof of consent (the one change the consent
 * records' trigger allows) and, when `suppress`, the suppression entry. Several at once, because
 * the mail records are searched by address, table-wide: once for a batch, not once per person.
 */
export async function forgetSupporters(tx: TxContext, supporterIds: string[], options: ForgetOptions): Promise<ForgetCounts> {
  const { db } = tx;
  if (supporterIds.length === 0) return { supporters: 0 };
  const people = await db.select().from(supporters).where(inArray(supporters.id, supporterIds)).for("update");
  if (people.length === 0) return { supporters: 0 };
  const ids = people.map((person) => person.id);
  const signed = await db.selectDistinct({ email: signatures.email, canonical: signatures.canonicalEmail }).from(signatures).where(inArray(signatures.supporterId, ids));
  // Every spelling they used; each supporter's canonical address is the one their hash is kept under.
  const addresses = [...people.flatMap((person) => [person.email, person.canonicalEmail, canonicalEmail(person.email)]), ...signed.flatMap((row) => [row.email, row.canonical])];
  const lowered = [...new Set(addresses.map((address) => address.trim().toLowerCase()))];
  const hashes = people.map((person) => subjectHash(env().AUTH_SECRET, person.canonicalEmail));

  const wrote = await anonymiseLetters(tx, inArray(letters.supporterId, ids));
  const mail = await forgetMail(tx, ids, addresses, wrote.providerIds);
  const signatureCounts = await anonymiseSignatures(tx, inArray(signatures.supporterId, ids));
  const consent = await db.execute(sql`
    update consent_records c set supporter_id = null, ip_hash = null, subject_hash = v.hash
    from unnest(${uuidArray(ids)}, ${textArray(hashes)}) as v(id, hash)
    where c.supporter_id = v.id
    returning c.id`);

  // A plaintext suppression entry is their address: it goes, replaced (when asked) by the hash.
  const suppressions = await db
    .delete(emailSuppressions)
    .where(sql`${emailSuppressions.address} = any(${textArray(lowered)})`)
    .returning({ address: emailSuppressions.address });
  if (options.suppress)
    await db
      .insert(forgottenSubjects)
      .values(hashes.map((subjectHash) => ({ subjectHash })))
      .onConflictDoNothing();
  // Anyone may type an address into the staff sign-in form: Auth.js keeps it for 15 minutes.
  const signIns = await db
    .delete(verificationTokens)
    .where(sql`lower(${verificationTokens.identifier}) = any(${textArray(lowered)})`)
    .returning({ token: verificationTokens.token });
  const writer = await db.delete(writerLinks).where(inArray(writerLinks.supporterId, ids)).returning({ tokenHash: writerLinks.tokenHash });
  const myData = await db.delete(myDataLinks).where(inArray(myDataLinks.supporterId, ids)).returning({ tokenHash: myDataLinks.tokenHash });
  const mutes = await db.delete(campaignMutes).where(inArray(campaignMutes.supporterId, ids)).returning({ campaignId: campaignMutes.campaignId });
  await db.delete(supporters).where(inArray(supporters.id, ids));

  return {
    supporters: people.length,
    signatures_deleted: signatureCounts.deleted,
    signatures_anonymised: signatureCounts.anonymised,
    letters_deleted: wrote.deleted,
    letters_anonymised: wrote.anonymised,
    email_messages: wrote.emails + mail.emails,
    webhook_events: mail.webhooks,
    consent_records_detached: consent.length,
    email_suppressions: suppressions.length,
    forgotten_subjects: options.suppress ? people.length : 0,
    rate_limit_hits: mail.rateLimits,
    queue_job_outputs: mail.jobs,
    verification_tokens: signIns.length,
    writer_links: writer.length,
    my_data_links: myData.length,
    campaign_mutes: mutes.length,
  };
}

/** For retention's reports: sums the counts of several batches. */
export function addCounts(into: ForgetCounts, counts: ForgetCounts | null): ForgetCounts {
  for (const [table, n] of Object.entries(counts ?? {})) into[table] = (into[table] ?? 0) + n;
  return into;
}
