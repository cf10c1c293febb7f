import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp } from "drizzle-orm/pg-core";

/*
 * The findings library: regulatory records (statements, findings, orders, court decisions) that
 * campaigns cite, imported from and exported to Markdown files (server/findings/import/). The file format is
 * the source of truth for what a record holds; these tables add only what the database needs to
 * sort and filter a timeline of tens of thousands of them.
 */

export const findingKindEnum = pgEnum("finding_kind", ["statement", "finding", "order", "court-decision", "other"]);

export const findings = pgTable(
  "findings",
  {
    // The stable slug of the file format, date first: 2021-02-03--joint-investigation-clearview.
    id: text("id").primaryKey(),
    // As written, possibly partial ("2021-12", "2025"); sortDate is its first day, for ordering.
    date: text("date").notNull(),
    sortDate: date("sort_date").notNull(),
    kind: findingKindEnum("kind").notNull(),
    binding: boolean("binding").notNull(),
    // Set from the file ("to be confirmed" in a summary, or `incomplete: true`): not ready to publish.
    incomplete: boolean("incomplete").notNull().default(false),
    // Lists of plain names and codes are arrays, not child tables: they have no attributes of their
    // own, keep their order, come back with the row in one read, and GIN indexes filter on them.
    jurisdictions: text("jurisdictions").array().notNull(),
    issuers: text("issuers").array().notNull(),
    fileNumbers: text("file_numbers").array().notNull(),
    tags: text("tags").array().notNull(),
    actors: text("actors").array().notNull(),
    // Ids of other records, kept even when no such record exists (yet): files arrive in any order.
    related: text("related").array().notNull(),
    titleEn: text("title_en").notNull(),
    titleFr: text("title_fr").notNull(),
    summaryEn: text("summary_en").notNull(),
    summaryFr: text("summary_fr"),
    importance: smallint("importance").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("findings_id_shape", sql`${table.id} ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?--[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("findings_importance", sql`${table.importance} between 1 and 10`),
    // The timeline, newest or oldest first, paged by keyset on (sort_date, id).
    index("findings_timeline_idx").on(table.sortDate, table.id),
    // The timeline filtered by kind (the most selective of the usual filters).
    index("findings_kind_timeline_idx").on(table.kind, table.sortDate, table.id),
    // Timeline filters "in this jurisdiction" and "with this tag" (array containment).
    index("findings_jurisdictions_idx").using("gin", table.jurisdictions),
    index("findings_tags_idx").using("gin", table.tags),
    // "Cited by": the records whose related list names a given record.
    index("findings_related_idx").using("gin", table.related),
  ],
);

/**
 * Where a record's facts come from. A child table rather than an array: each source has five
 * fields, a tier worth filtering on ("only what the issuing body itself published"), and the
 * editor changes them one at a time.
 */
export const findingSources = pgTable(
  "finding_sources",
  {
    findingId: text("finding_id")
      .notNull()
      .references(() => findings.id, { onDelete: "cascade" }),
    // The order the file lists them in, which is the order they are shown in.
    position: integer("position").notNull(),
    url: text("url").notNull(),
    title: text("title").notNull(),
    publisher: text("publisher"),
    // As written, possibly partial, like the record's own date.
    date: text("date"),
    // 1 = the issuing body itself, 2 = press or a law firm, 3 = commentary.
    tier: smallint("tier").notNull(),
  },
  (table) => [primaryKey({ columns: [table.findingId, table.position] }), check("finding_sources_tier", sql`${table.tier} between 1 and 3`), check("finding_sources_url", sql`${table.url} ~ '^https?://'`)],
);
