import "server-only";
import { asc } from "drizzle-orm";
import { users } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";

/** Everyone with an account, by address (administrators only). */
export async function listUsers(ctx: Context) {
  authorize(ctx, "users.manage");
  return database(ctx).select({ id: users.id, email: users.email, name: users.name, role: users.role, disabledAt: users.disabledAt, createdAt: users.createdAt, invitedBy: users.invitedBy }).from(users).orderBy(asc(users.email));
}
