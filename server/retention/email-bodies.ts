import "server-only";
import { sql } from "drizzle-orm";
import { affectedRows, daysBefore } from "./affected-rows";
import type { RetentionKind } from "./kind";

/**
 * "email-bodies": what an email said, emailBodyDays after it was queued. The html and text the
 * local outbox kept, the props its template was rendered from (names, letter texts, a digest's
 * writers and addresses) and any sealed secret are set to null; the row itself stays, so the
 * outbox still shows who was mailed what kind of email, when, and how it went, until
 * "delivery-records" removes it.
 *
 * The subject goes too for letters only: a letter's subject line may be the writer's own words,
 * while every other subject is built from a campaign title or the organisation's name.
 *
 * A message still queued or sending by then is dead (retries give up within about three hours):
 * it is marked failed, saying why, instead of being kept for ever with its content.
 */
export const emailBodies: RetentionKind = {
  name: "email-bodies",
  async run(tx, now, policy) {
    const due = daysBefore(now, policy.emailBodyDays);
    const stuck = sql`status in ('queued', 'sending')`;
    const email_messages = await affectedRows(
      tx.db,
      sql`update email_messages
          set html = null, text_body = null, props = null, sealed_props = null,
              subject = case when category = 'letter' then null else subject end,
              last_error = case when ${stuck} then ${`not sent within ${policy.emailBodyDays} days; its content was erased`} else last_error end,
              status = case when ${stuck} then 'failed'::email_status else status end,
              updated_at = now()
          where created_at < ${due}
            and (html is not null or text_body is not null or props is not null or sealed_props is not null
                 or (category = 'letter' and subject is not null) or ${stuck})`,
    );
    return { email_messages };
  },
};
