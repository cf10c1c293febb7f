import { z } from "zod";
import { findingFilter } from "./list-findings";

const FIELDS = ["kind", "jurisdiction", "tag", "binding", "includeIncomplete", "after"] as const;
export type TimelineField = (typeof FIELDS)[number];

export type TimelineQuery = {
  kind?: z.output<typeof findingFilter>["kind"];
  jurisdiction?: string;
  tag?: string;
  binding?: boolean;
  includeIncomplete?: boolean;
  after?: string;
};

/**
 * Reads the public timeline's query string one field at a time: a value that does not pass (a
 * mistyped link, a repeated parameter, an unknown kind) is dropped and named in `ignored`, so the
 * page still shows the timeline, less that filter, and says so instead of failing.
 */
export function parseTimelineQuery(params: Record<string, string | string[] | undefined>): { query: TimelineQuery; ignored: TimelineField[] } {
  const query: Record<string, unknown> = {};
  const ignored: TimelineField[] = [];
  for (const field of FIELDS) {
    const raw = params[field];
    // The form's "any" choice for binding sends an empty value, as does every blank field.
    if (raw === undefined || raw === "") continue;
    const text = z.string().safeParse(raw);
    const parsed = text.success ? findingFilter.shape[field].safeParse(text.data) : text;
    if (parsed.success && parsed.data !== undefined) query[field] = parsed.data;
    else ignored.push(field);
  }
  return { query: query as TimelineQuery, ignored };
}
