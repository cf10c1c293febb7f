import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";

/*
 * What a retry of failed letters concerns, shared by the letters page, its confirmation step and
 * the retry itself so that the count an organiser confirms is the rule the retry applies.
 */

/**
 * Whether a letter's recipient is no longer written to: its address was disabled by a bounce, or
 * the organiser disabled the recipient in the directory (the composer offers neither). Expects the
 * letter's target joined as `r` (representatives) and `f` (fixed_targets).
 */
export const recipientDisabled = sql`(r.email_disabled_at is not null or r.disabled_at is not null or f.email_disabled_at is not null or f.disabled_at is not null)`;

/** Expects email_messages joined as `m`: only a failed email is retried; bounced or suppressed ones would fail again. */
export const emailFailed = sql`m.status = 'failed'`;

/**
 * The letters of a campaign (or of one of its targets) handed to the mail pipeline whose email
 * failed, each with its target and whether that recipient is disabled (such letters are skipped).
 */
export function failedLetters(campaignId: string, targetKey: string | undefined): SQL {
  return sql`
    select l.id, l.target_key as "targetKey", l.to_name as "toName", ${recipientDisabled} as disabled
    from letters l join email_messages m on m.id = l.email_message_id
      left join representatives r on r.id = l.representative_id left join fixed_targets f on f.id = l.fixed_target_id
    where l.campaign_id = ${campaignId} and l.state = 'handed_over' and ${emailFailed}
      ${targetKey ? sql`and l.target_key = ${targetKey}` : sql``}`;
}

export type FailedLetter = { id: string; targetKey: string; toName: string; disabled: boolean };

/** Which failed letters: a campaign's, and optionally only those to one of its targets. */
export const failedLettersInput = z.object({
  campaignId: z.uuid(),
  // As letters.target_key ("rep:<id>" or "fixed:<id>"); absent or empty: every target.
  target: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z
      .string()
      .regex(/^(rep|fixed):[0-9a-f-]{36}$/)
      .optional(),
  ),
});
