import "server-only";
import { sql } from "drizzle-orm";
import type { TxContext } from "@/server/context";
import { uuidArray } from "@/server/privacy/sql-arrays";
import { addCounts, forgetSupporters, type ForgetCounts } from "@/server/privacy/forget-supporter";

// People forgotten per batch: the mail records are searched once per batch (server/privacy/forget-mail.ts).
const BATCH = 200;

/**
 * After retention removed or anonymised some of their signatures and letters: the supporters left
 * with no signature and no letter, who do not receive updates, have no reason to be kept, and are
 * forgotten entirely. No suppression hash is kept for them: they asked for nothing, and a hash
 * would be one more thing held about them. A subscriber stays, as the subscription is the reason.
 */
export async function forgetOrphans(tx: TxContext, supporterIds: (string | null)[]): Promise<ForgetCounts> {
  const ids = [...new Set(supporterIds.filter((id): id is string => id !== null))];
  const counts: ForgetCounts = {};
  if (ids.length === 0) return counts;
  const orphans = await tx.db.execute<{ id: string }>(sql`
    select s.id from supporters s
    where s.id = any(${uuidArray(ids)})
      and s.subscription_status <> 'subscribed'
      and not exists (select 1 from signatures where supporter_id = s.id)
      and not exists (select 1 from letters where supporter_id = s.id)`);
  const found = orphans.map((row) => row.id);
  for (let start = 0; start < found.length; start += BATCH) addCounts(counts, await forgetSupporters(tx, found.slice(start, start + BATCH), { suppress: false }));
  return counts;
}
