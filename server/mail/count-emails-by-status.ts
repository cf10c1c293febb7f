import "server-only";
import { count } from "drizzle-orm";
import { db } from "@/db/client";
import { emailMessages, emailStatusEnum } from "@/db/schema";
import { requireRole } from "@/server/auth/current-actor";
import { pagePolicy } from "@/server/auth/policy";

export type StatusCounts = Record<(typeof emailStatusEnum.enumValues)[number], number>;

/** How many emails are in each state: the pipeline's health at a glance (every staff role). */
export async function countEmailsByStatus(): Promise<StatusCounts> {
  await requireRole(pagePolicy["/admin"]);
  const rows = await db().select({ status: emailMessages.status, n: count() }).from(emailMessages).groupBy(emailMessages.status);
  const counts = Object.fromEntries(emailStatusEnum.enumValues.map((status) => [status, 0])) as StatusCounts;
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}
