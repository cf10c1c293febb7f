import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";

/**
 * Creates the first administrator (or makes an existing account one, and re-enables it). For the
 * command line only: it is how an installation gets its first person able to invite others.
 */
export async function createAdmin(database: Database, email: string): Promise<{ email: string; created: boolean }> {
  const address = z.email().parse(email.trim().toLowerCase());
  const [row] = await database
    .insert(users)
    .values({ email: address, role: "admin" })
    .onConflictDoUpdate({ target: users.email, set: { role: "admin", disabledAt: null } })
    .returning({ email: users.email, created: sql<boolean>`(xmax = 0)` });
  return { email: row!.email, created: row!.created };
}
