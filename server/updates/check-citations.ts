import "server-only";
import { inArray } from "drizzle-orm";
import { findings } from "@/db/schema";
import { citedIds } from "@/lib/updates/citations";
import { database, type Context } from "@/server/context";

/**
 * The first citation in each body that names no finding in the library, by body (the id is named
 * in the error, so the organiser sees which one to fix); empty when every citation resolves.
 */
export async function checkCitations(ctx: Context, bodies: { bodyEn: string; bodyFr: string }): Promise<Record<string, string>> {
  const ids = [...new Set([...citedIds(bodies.bodyEn), ...citedIds(bodies.bodyFr)])];
  const known = new Set(ids.length ? (await database(ctx).select({ id: findings.id }).from(findings).where(inArray(findings.id, ids))).map((row) => row.id) : []);
  const unknownIds: Record<string, string> = {};
  for (const field of ["bodyEn", "bodyFr"] as const) {
    const unknown = citedIds(bodies[field]).find((id) => !known.has(id));
    if (unknown !== undefined) unknownIds[field] = unknown;
  }
  return unknownIds;
}
