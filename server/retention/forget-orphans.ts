import "server-only";
import { sql } from "drizzle-orm";
import type { TxContext } from "@/server/context";
import { addCounts, forgetSupporter, type ForgetCounts } from "@/server/privacy/forget-supporter";

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
    where s.id = any(${`{${ids.join(",")}}`}::uuid[])
      and s.subscription_status <> 'subscribed'
      and not exists (select 1 from signatures where supporter_id = s.id)
      and not exists (select 1 from letters where supporter_id = s.id)`);
  for (const { id } of orphans) addCounts(counts, await forgetSupporter(tx, id, { suppress: false }));
  return counts;
}
