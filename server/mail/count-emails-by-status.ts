import "server-only";
import { count } from "drizzle-orm";
import { db } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { requireRole } from "@/server/auth/current-actor";
import { pagePolicy } from "@/server/auth/policy";
import { shownStatus, type ShownStatus, SHOWN_STATUSES } from "./shown-status";

export type StatusCounts = Record<ShownStatus, number>;

/**
 * How many emails are in each state: the pipeline's health at a glance (every staff role). Mail
 * the local outbox kept is counted as kept, not sent: it never left the machine.
 */
export async function countEmailsByStatus(): Promise<StatusCounts> {
  await requireRole(pagePolicy["/admin"]);
  const rows = await db()
    .select({ status: emailMessages.status, transport: emailMessages.transport, n: count() })
    .from(emailMessages)
    .groupBy(emailMessages.status, emailMessages.transport);
  const counts = Object.fromEntries(SHOWN_STATUSES.map((status) => [status, 0])) as StatusCounts;
  for (const row of rows) counts[shownStatus(row.status, row.transport)] += row.n;
  return counts;
}

