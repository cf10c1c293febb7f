import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { updateSends } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";

export type UpdateSendProgress = { id: string; scope: string; province: string | null; audience: number; preparing: boolean; createdAt: Date; sent: number; failed: number; remaining: number };

/**
 * The sends of an update with their progress, from the state of their messages: sent (handed to the
 * provider, delivered, or later bounced/complained), failed or suppressed, and still to go (all of
 * the audience while the worker prepares the send). For the send page (admins and organisers).
 */
export async function listUpdateSends(ctx: Context, updateId: string): Promise<UpdateSendProgress[]> {
  authorize(ctx, "updates.send");
  const rows = await database(ctx)
    .select({
      id: updateSends.id,
      scope: updateSends.scope,
      province: updateSends.province,
      audience: updateSends.audience,
      queued: updateSends.queued,
      createdAt: updateSends.createdAt,
      // Qualified by hand: drizzle writes a lone table's columns unqualified, and inside this
      // subquery "broadcast_id" would then be the message's own (every broadcast's messages counted).
      sent: sql<number>`(select count(*)::int from email_messages m where m.broadcast_id = update_sends.broadcast_id and m.status in ('sent', 'delivered', 'bounced', 'complained'))`,
      failed: sql<number>`(select count(*)::int from email_messages m where m.broadcast_id = update_sends.broadcast_id and m.status in ('failed', 'suppressed'))`,
    })
    .from(updateSends)
    .where(eq(updateSends.updateId, updateId))
    .orderBy(desc(updateSends.createdAt));
  // While the worker prepares the send, nothing is queued yet: all of the audience is still to go.
  return rows.map(({ queued, ...row }) => ({ ...row, preparing: queued === null, remaining: Math.max(0, (queued ?? row.audience) - row.sent - row.failed) }));
}
