import "server-only";
import { sql } from "drizzle-orm";
import { purgeExpiredAuth } from "@/server/auth/purge-expired-auth";
import { affectedRows } from "./affected-rows";
import type { RetentionKind } from "./kind";

/**
 * "expired-links": tokens and links go as soon as they can no longer be used. A used or expired
 * writer or my-data link is refused exactly like an unknown one, so deleting it changes nothing
 * for its reader. A confirmation token is cleared once its signature is no longer pending and its
 * link has expired (a pending one keeps it: its expired link is how the signer asks for a fresh
 * one, until "unconfirmed-signatures" removes the signature). Sessions, sign-in links and old
 * rate-limit windows are purged by the hourly job's own verb, counted here too.
 */
export const expiredLinks: RetentionKind = {
  name: "expired-links",
  async run(tx, now) {
    const at = sql`${now.toISOString()}::timestamptz`;
    const writer_links = await affectedRows(tx.db, sql`delete from writer_links where expires_at < ${at} or used_at <= ${at}`);
    const my_data_links = await affectedRows(tx.db, sql`delete from my_data_links where expires_at < ${at} or used_at <= ${at}`);
    const signatures = await affectedRows(
      tx.db,
      sql`update signatures set confirm_token_hash = null, confirm_token_expires_at = null
          where state <> 'pending' and confirm_token_hash is not null
            and (confirm_token_expires_at is null or confirm_token_expires_at < ${at})`,
    );
    return { writer_links, my_data_links, signatures, ...(await purgeExpiredAuth(tx, now)) };
  },
};
