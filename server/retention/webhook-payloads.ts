import "server-only";
import { sql } from "drizzle-orm";
import { affectedRows, daysBefore } from "./affected-rows";
import type { RetentionKind } from "./kind";

/**
 * "webhook-payloads": webhookDays after the mail provider told us of a delivery, bounce or
 * complaint, the payload (which names the recipient's address and the subject) becomes '{}'. The
 * row stays with its id and type: the webhook handler recognises a redelivery by that id, and
 * providers do redeliver late, so deleting the row would let an old event be handled twice.
 */
export const webhookPayloads: RetentionKind = {
  name: "webhook-payloads",
  async run(tx, now, policy) {
    const webhook_events = await affectedRows(
      tx.db,
      sql`update webhook_events set payload = '{}'::jsonb
          where received_at < ${daysBefore(now, policy.webhookDays)} and payload <> '{}'::jsonb`,
    );
    return { webhook_events };
  },
};
