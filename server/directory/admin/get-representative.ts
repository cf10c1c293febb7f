import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { representatives, ridings } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";

/** One representative with their riding, for the edit page; null if unknown. */
export async function getRepresentative(ctx: Context, id: string) {
  authorize(ctx, "directory.read");
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await database(ctx).select({ rep: representatives, riding: ridings }).from(representatives).innerJoin(ridings, eq(ridings.id, representatives.ridingId)).where(eq(representatives.id, id));
  return row ?? null;
}
