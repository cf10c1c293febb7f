import "server-only";
import { inArray } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { findings } from "@/db/schema";
import { citedIds } from "@/lib/updates/citations";
import type { UpdateErrors } from "./update-input";

/**
 * The first citation in each body that names no finding in the library, as that body's error
 * (naming the id, so the organiser sees which one to fix); empty when every citation resolves.
 */
export async function checkCitations(tx: Transaction, bodies: { bodyEn: string; bodyFr: string }): Promise<UpdateErrors> {
  const ids = [...new Set([...citedIds(bodies.bodyEn), ...citedIds(bodies.bodyFr)])];
  const known = new Set(ids.length ? (await tx.select({ id: findings.id }).from(findings).where(inArray(findings.id, ids))).map((row) => row.id) : []);
  const errors: UpdateErrors = {};
  for (const field of ["bodyEn", "bodyFr"] as const) {
    const unknown = citedIds(bodies[field]).find((id) => !known.has(id));
    if (unknown !== undefined) errors[field] = { key: "unknownFinding", id: unknown };
  }
  return errors;
}
