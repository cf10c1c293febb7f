/*
 * What an audit entry changed, as rows a person can read: the fields whose value differs between
 * the record before and after (every filled field of a record created or removed), nested objects
 * flattened to "filter.state". An entry records after a change only what it touched (disabling an
 * account records `enabled`, not the whole account), so a field missing after was not removed. Bookkeeping columns (ids, timestamps kept by the database) are left
 * out: they change on every save and say nothing about what the person did.
 */

export type AuditChange = { field: string; before: unknown; after: unknown };

const BOOKKEEPING = new Set(["id", "createdAt", "updatedAt", "createdBy", "invitedBy", "sortDate", "visibleFrom", "campaignId", "emailVerified", "image"]);

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function flatten(value: unknown, prefix = "", into: Map<string, unknown> = new Map()): Map<string, unknown> {
  if (!isPlainObject(value)) {
    if (value !== undefined && value !== null) into.set(prefix || "value", value);
    return into;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (!prefix && BOOKKEEPING.has(key)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(inner) && Object.keys(inner).length > 0) flatten(inner, path, into);
    else into.set(path, inner);
  }
  return into;
}

const empty = (value: unknown) => value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
const same = (a: unknown, b: unknown) => (empty(a) && empty(b)) || JSON.stringify(a) === JSON.stringify(b);

/** The changed fields of an entry, in the order the record lists them. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const old = flatten(before);
  const now = flatten(after);
  const fields = [...(now.size > 0 ? now.keys() : old.keys())];
  return fields.filter((field) => !same(old.get(field), now.get(field))).map((field) => ({ field, before: old.get(field), after: now.get(field) }));
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

export type AuditValue = { kind: "empty" } | { kind: "boolean"; value: boolean } | { kind: "instant"; value: Date } | { kind: "number"; value: number } | { kind: "text"; value: string } | { kind: "list"; items: AuditValue[] };

/** What kind of value a stored one is, so the page can format it (dates in the organisation's zone, booleans in words). */
export function auditValue(value: unknown): AuditValue {
  if (empty(value)) return { kind: "empty" };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "string" && INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return { kind: "instant", value: new Date(value) };
  if (Array.isArray(value)) return { kind: "list", items: value.map(auditValue) };
  if (typeof value === "string") return { kind: "text", value };
  return { kind: "text", value: JSON.stringify(value) };
}
