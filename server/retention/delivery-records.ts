import "server-only";
import { sql } from "drizzle-orm";
import { affectedRows, monthsBefore } from "./affected-rows";
import type { RetentionKind } from "./kind";

/**
 * "delivery-records": deliveryMonths after an email was queued, its email_messages row goes, and
 * with it the last trace of its address (to, name, reply-to). Letters keep their own row: their
 * email_message_id is ON DELETE SET NULL. Then a bulk send's broadcast goes once it has no message
 * left and is as old; its rendering holds only the organisers' text with {{placeholders}}, but
 * nothing needs it. A broadcast an update send still points at stays (update_sends shows the
 * history of an update and its foreign key forbids the delete); it names nobody.
 */
export const deliveryRecords: RetentionKind = {
  name: "delivery-records",
  async run(tx, now, policy) {
    const due = monthsBefore(now, policy.deliveryMonths);
    const email_messages = await affectedRows(tx.db, sql`delete from email_messages where created_at < ${due}`);
    const email_broadcasts = await affectedRows(
      tx.db,
      sql`delete from email_broadcasts b
          where b.created_at < ${due}
            and not exists (select 1 from email_messages m where m.broadcast_id = b.id)
            and not exists (select 1 from update_sends s where s.broadcast_id = b.id)`,
    );
    return { email_messages, email_broadcasts };
  },
};
