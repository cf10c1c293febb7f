import "server-only";
import { count } from "drizzle-orm";
import { emailMessages } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";
import { shownStatus, type ShownStatus, SHOWN_STATUSES } from "./shown-status";

export type StatusCounts = Record<ShownStatus, number>;

/**
 * How many emails are in each state: the pipeline's health at a glance (every staff role). Mail
 * the local outbox kept is counted as kept, not sent: it never left the machine.
 */
export async function countEmailsByStatus(ctx: Context): Promise<StatusCounts> {
  authorize(ctx, "dashboard.read");
  const rows = await database(ctx).select({ status: emailMessages.status, transport: emailMessages.transport, n: count() }).from(emailMessages).groupBy(emailMessages.status, emailMessages.transport);
  const counts = Object.fromEntries(SHOWN_STATUSES.map((status) => [status, 0])) as StatusCounts;
  for (const row of rows) counts[shownStatus(row.status, row.transport)] += row.n;
  return counts;
}
