import "server-only";
import { and, desc } from "drizzle-orm";
import { signatures } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";
import { beforeCursor, cursor, cursorColumn, filterConditions, type SignatureFilter } from "./signature-filter";

export const PAGE_SIZE = 50;

/**
 * One page of a campaign's signatures, newest first (admins and organisers). Pages are keyset,
 * not offset: page 1,000 costs what page 1 does, at any table size. Returns the cursor of the next
 * page, if there is one.
 */
export async function listSignatures(context: Context, campaignId: string, filter: SignatureFilter, after?: string) {
  authorize(context, "signatures.read");
  const position = after ? cursor.safeParse(after) : null;
  const rows = await database(context)
    .select({
      id: signatures.id,
      name: signatures.name,
      email: signatures.email,
      state: signatures.state,
      province: signatures.province,
      country: signatures.country,
      ridingCode: signatures.ridingCode,
      postalCode: signatures.postalCode,
      locale: signatures.locale,
      createdAt: signatures.createdAt,
      confirmedAt: signatures.confirmedAt,
      cursor: cursorColumn,
    })
    .from(signatures)
    .where(and(filterConditions(campaignId, filter), position?.success ? beforeCursor(position.data) : undefined))
    .orderBy(desc(signatures.createdAt), desc(signatures.id))
    .limit(PAGE_SIZE + 1);
  const more = rows.length > PAGE_SIZE;
  const page = more ? rows.slice(0, PAGE_SIZE) : rows;
  return { rows: page, next: more ? page.at(-1)!.cursor : null };
}
