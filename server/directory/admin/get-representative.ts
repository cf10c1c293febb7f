import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { representatives, ridings } from "@/db/schema";
import { requireRole } from "@/server/auth/current-actor";
import { pagePolicy } from "@/server/auth/policy";

/** One representative with their riding, for the edit page; null if unknown. */
export async function getRepresentative(id: string) {
  await requireRole(pagePolicy["/admin/directory/[representativeId]"]);
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db().select({ rep: representatives, riding: ridings }).from(representatives).innerJoin(ridings, eq(ridings.id, representatives.ridingId)).where(eq(representatives.id, id));
  return row ?? null;
}
