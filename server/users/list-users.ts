import "server-only";
import { asc } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { requireRole } from "@/server/auth/current-actor";
import { pagePolicy } from "@/server/auth/policy";

/** Everyone with an account, by address (administrators only). */
export async function listUsers() {
  await requireRole(pagePolicy["/admin/users"]);
  return db()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabledAt: users.disabledAt, createdAt: users.createdAt, invitedBy: users.invitedBy })
    .from(users)
    .orderBy(asc(users.email));
}
