import { sql, type SQL } from "drizzle-orm";

/*
 * Erasing many people at once (retention forgets whole campaigns' signers) compares columns with
 * hundreds of addresses: one array parameter each, rather than one parameter per address, keeps
 * every statement the same size whatever the count (PostgreSQL takes at most 65,535 parameters).
 */

/** A text[] parameter, every element quoted as PostgreSQL's array syntax wants. */
export function textArray(values: string[]): SQL {
  return sql`${`{${values.map((value) => `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")}}`}::text[]`;
}

/** A uuid[] parameter (ids are never quoted: they are checked as uuids by the cast). */
export function uuidArray(ids: string[]): SQL {
  return sql`${`{${ids.join(",")}}`}::uuid[]`;
}

/** LIKE patterns that find each value anywhere in a text, its own % and _ taken literally. */
export function containing(values: string[]): SQL {
  return textArray(values.map((value) => `%${value.replace(/[\\%_]/g, (char) => `\\${char}`)}%`));
}
