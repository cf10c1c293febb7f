import "server-only";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { letters, signatures, webhookEvents } from "@/db/schema";
import { addCounts } from "@/server/privacy/forget-supporter";
import { anonymiseLetters } from "@/server/privacy/anonymise-letters";
import { anonymiseSignatures } from "@/server/privacy/anonymise-signatures";
import { forgetOrphans } from "./forget-orphans";
import type { RetentionKind } from "./kind";

/**
 * Once a campaign has been closed for its signer period (its own signer_retention_months, else the
 * policy's), who signed it and who wrote to its targets no longer matters to it: its signatures
 * and letters keep their rows, so every count, chart and open-data figure stays, and lose the
 * person (as an erasure does, but for that campaign only). A campaign counts as closed from
 * closed_at, or from closes_at once that has passed; reopening clears closed_at, and with it the
 * clock. Supporters left with nothing else, and not subscribed, are forgotten entirely.
 */
export const closedCampaignSigners: RetentionKind = {
  name: "closed-campaign-signers",
  async run(tx, now, policy) {
    const at = now.toISOString();
    const due = await tx.db.execute<{ id: string }>(sql`
      select id from campaigns
      where coalesce(closed_at, case when closes_at <= ${at}::timestamptz then closes_at end)
            < ${at}::timestamptz - make_interval(months => coalesce(signer_retention_months, ${policy.signersMonths})::int)`);
    const counts: Record<string, number> = {};
    for (const { id } of due) {
      const named = await tx.db
        .selectDistinct({ supporterId: signatures.supporterId })
        .from(signatures)
        .where(and(eq(signatures.campaignId, id), isNotNull(signatures.supporterId)));
      const writers = await tx.db
        .selectDistinct({ supporterId: letters.supporterId })
        .from(letters)
        .where(and(eq(letters.campaignId, id), isNotNull(letters.supporterId)));
      if (named.length === 0 && writers.length === 0) continue;
      const signed = await anonymiseSignatures(tx, and(eq(signatures.campaignId, id), isNotNull(signatures.supporterId))!);
      const wrote = await anonymiseLetters(tx, and(eq(letters.campaignId, id), isNotNull(letters.supporterId))!);
      // Resend's reports on those letters' emails carry the writer's name in their sender.
      const hooks =
        wrote.providerIds.length === 0
          ? []
          : await tx.db
              .update(webhookEvents)
              .set({ payload: sql`'{}'::jsonb` })
              .where(inArray(sql`${webhookEvents.payload} -> 'data' ->> 'email_id'`, wrote.providerIds))
              .returning({ id: webhookEvents.id });
      addCounts(counts, {
        campaigns: 1,
        signatures_deleted: signed.deleted,
        signatures_anonymised: signed.anonymised,
        letters_deleted: wrote.deleted,
        letters_anonymised: wrote.anonymised,
        email_messages: wrote.emails,
        webhook_events: hooks.length,
      });
      addCounts(
        counts,
        await forgetOrphans(
          tx,
          [...named, ...writers].map((row) => row.supporterId),
        ),
      );
    }
    return counts;
  },
};
