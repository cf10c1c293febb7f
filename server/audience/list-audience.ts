import "server-only";
import type { Locale } from "@/lib/i18n/routing";
import { database, type Context } from "@/server/context";
import type { BroadcastRecipient } from "@/server/mail/queue-broadcast";
import { audienceQuery, type Audience } from "./audience";

/**
 * Everyone in the audience, as broadcast recipients, each once. Call it in the sending transaction
 * (its context) so that the list and the messages queued from it agree. One query: 100,000 recipients are about
 * 10 MB, which the broadcast holds in memory anyway (npm run bench:audience measures it).
 */
export async function listAudience(ctx: Context, audience: Audience): Promise<BroadcastRecipient[]> {
  const rows = await database(ctx).execute<{ id: string; email: string; name: string; locale: Locale }>(audienceQuery(audience));
  return rows.map((row) => ({ supporterId: row.id, email: row.email, name: row.name, locale: row.locale }));
}
