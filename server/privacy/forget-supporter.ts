import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { campaignMutes, consentRecords, emailSuppressions, forgottenSubjects, letters, myDataLinks, signatures, supporters, verificationTokens, writerLinks } from "@/db/schema";
import { env } from "@/lib/env";
import { subjectHash } from "@/lib/subject-hash";
import type { TxContext } from "@/server/context";
import { canonicalEmail } from "@/server/mail/canonical";
import { anonymiseLetters } from "./anonymise-letters";
import { anonymiseSignatures } from "./anonymise-signatures";
import { forgetMail } from "./forget-mail";

export type ForgetOptions = {
  /** Keep the keyed hash of the address in forgotten_subjects, so no bulk mail reaches it again (an erasure asked for). */
  suppress: boolean;
};

/** Rows removed or anonymised, per table: the retention report and the tests read them. */
export type ForgetCounts = Record<string, number>;

/**
 * Removes everything that identifies one supporter, in the caller's transaction, and then the
 * supporter row itself. Counts stay exact: signatures and letters that counted keep their rows
 * without the person (./anonymise-signatures.ts, ./anonymise-letters.ts); emails keep their
 * delivery state without the address (./forget-mail.ts). What must be kept is kept under the keyed
 * hash of the address (lib/subject-hash.ts) and nothing else: the CASL proof of consent (the one
 * change the consent records' trigger allows) and, when `suppress`, the suppression entry.
 * Returns null when there is no such supporter (already forgotten).
 */
export async function forgetSupporter(tx: TxContext, supporterId: string, options: ForgetOptions): Promise<ForgetCounts | null> {
  const { db } = tx;
  const [supporter] = await db.select().from(supporters).where(eq(supporters.id, supporterId)).for("update");
  if (!supporter) return null;
  const signed = await db.selectDistinct({ email: signatures.email, canonical: signatures.canonicalEmail }).from(signatures).where(eq(signatures.supporterId, supporterId));
  // Every spelling they used; the supporter's canonical address is the one the hash is kept under.
  const addresses = [supporter.email, supporter.canonicalEmail, canonicalEmail(supporter.email), ...signed.flatMap((row) => [row.email, row.canonical])];
  const hash = subjectHash(env().AUTH_SECRET, supporter.canonicalEmail);

  const wrote = await anonymiseLetters(tx, eq(letters.supporterId, supporterId));
  const mail = await forgetMail(tx, supporterId, addresses, wrote.providerIds);
  const signatureCounts = await anonymiseSignatures(tx, eq(signatures.supporterId, supporterId));
  const consent = await db.update(consentRecords).set({ supporterId: null, ipHash: null, subjectHash: hash }).where(eq(consentRecords.supporterId, supporterId)).returning({ id: consentRecords.id });

  // A plaintext suppression entry is their address: it goes, replaced (when asked) by the hash.
  const lowered = [...new Set(addresses.map((address) => address.trim().toLowerCase()))];
  const suppressions = await db.delete(emailSuppressions).where(inArray(emailSuppressions.address, lowered)).returning({ address: emailSuppressions.address });
  if (options.suppress) await db.insert(forgottenSubjects).values({ subjectHash: hash }).onConflictDoNothing();

  const writer = await db.delete(writerLinks).where(eq(writerLinks.supporterId, supporterId)).returning({ tokenHash: writerLinks.tokenHash });
  const myData = await db.delete(myDataLinks).where(eq(myDataLinks.supporterId, supporterId)).returning({ tokenHash: myDataLinks.tokenHash });
  // Anyone may type an address into the staff sign-in form: Auth.js keeps it for 15 minutes.
  const signIns = await db
    .delete(verificationTokens)
    .where(inArray(sql`lower(${verificationTokens.identifier})`, lowered))
    .returning({ token: verificationTokens.token });
  const mutes = await db.delete(campaignMutes).where(eq(campaignMutes.supporterId, supporterId)).returning({ campaignId: campaignMutes.campaignId });
  await db.delete(supporters).where(eq(supporters.id, supporterId));

  return {
    supporters: 1,
    signatures_deleted: signatureCounts.deleted,
    signatures_anonymised: signatureCounts.anonymised,
    letters_deleted: wrote.deleted,
    letters_anonymised: wrote.anonymised,
    email_messages: wrote.emails + mail.emails,
    webhook_events: mail.webhooks,
    consent_records_detached: consent.length,
    email_suppressions: suppressions.length,
    forgotten_subjects: options.suppress ? 1 : 0,
    rate_limit_hits: mail.rateLimits,
    queue_job_outputs: mail.jobs,
    writer_links: writer.length,
    my_data_links: myData.length,
    campaign_mutes: mutes.length,
    verification_tokens: signIns.length,
  };
}

/** For retention's reports: sums the counts of several forgotten supporters. */
export function addCounts(into: ForgetCounts, counts: ForgetCounts | null): ForgetCounts {
  for (const [table, n] of Object.entries(counts ?? {})) into[table] = (into[table] ?? 0) + n;
  return into;
}
