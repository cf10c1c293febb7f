import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { users } from "@/db/schema";
import { database, type Context } from "@/server/context";

/** Whether this address belongs to an invited, enabled organiser account. */
export async function isStaffMember(ctx: Context, email: string): Promise<boolean> {
  const [row] = await database(ctx)
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email.trim().toLowerCase()), isNull(users.disabledAt)))
    .limit(1);
  return Boolean(row);
}
