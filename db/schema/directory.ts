import { sql } from "drizzle-orm";
import { check, date, index, pgEnum, pgTable, primaryKey, real, text, timestamp, uuid } from "drizzle-orm/pg-core";

/*
 * The representative directory: ridings, the people who represent them, which ridings a postal
 * code or prefix may fall in, and fixed targets (commissioners, companies). Every row says where
 * it came from (`source`) and as of when (`as_of`): this data ages, and organisers must see how much.
 */

export const ridingLevelEnum = pgEnum("riding_level", ["federal", "provincial"]);
export const targetKindEnum = pgEnum("target_kind", ["privacy_commissioner", "company", "other"]);

export const ridings = pgTable(
  "ridings",
  {
    // The Open Civic Data division id, e.g. ocd-division/country:ca/ed:35075-2023.
    id: text("id").primaryKey(),
    level: ridingLevelEnum("level").notNull(),
    province: text("province").notNull(),
    // Federal: Elections Canada's five-digit number (what signatures store); provincial: the OCD code.
    code: text("code").notNull(),
    nameEn: text("name_en").notNull(),
    nameFr: text("name_fr").notNull(),
    validFrom: date("valid_from"),
    source: text("source").notNull(),
    asOf: date("as_of").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("ridings_level_province_idx").on(table.level, table.province), index("ridings_code_idx").on(table.code)],
);

export const representatives = pgTable(
  "representatives",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Stable across imports and syncs: "<office>:<riding code>", e.g. "mp:35075".
    key: text("key").notNull().unique(),
    ridingId: text("riding_id")
      .notNull()
      .references(() => ridings.id, { onDelete: "restrict" }),
    office: text("office").notNull(),
    name: text("name").notNull(),
    party: text("party"),
    // Null when unknown; a bounce also clears the way to this address (see emailDisabledAt).
    email: text("email"),
    photoUrl: text("photo_url"),
    source: text("source").notNull(),
    asOf: date("as_of").notNull(),
    // Set by an organiser (not to be written to) or by a bounce on the address.
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    emailDisabledAt: timestamp("email_disabled_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("representatives_riding_idx").on(table.ridingId)],
);

/**
 * Which ridings a full postal code (6 characters, exact data) or a forward sortation area (3, a
 * hint) may lie in, with the share of the area in each (1 when there is only one).
 */
export const postalAreas = pgTable(
  "postal_areas",
  {
    code: text("code").notNull(),
    ridingId: text("riding_id")
      .notNull()
      .references(() => ridings.id, { onDelete: "cascade" }),
    weight: real("weight").notNull().default(1),
    source: text("source").notNull(),
    asOf: date("as_of").notNull(),
  },
  (table) => [primaryKey({ columns: [table.code, table.ridingId] }), check("postal_areas_code_shape", sql`${table.code} ~ '^[A-Z][0-9][A-Z]([0-9][A-Z][0-9])?$'`), check("postal_areas_weight", sql`${table.weight} > 0 and ${table.weight} <= 1`)],
);

export const fixedTargets = pgTable("fixed_targets", {
  id: uuid("id").primaryKey().defaultRandom(),
  key: text("key").notNull().unique(),
  nameEn: text("name_en").notNull(),
  nameFr: text("name_fr").notNull(),
  email: text("email").notNull(),
  // Two letters (a province) or CA for federal bodies and national companies.
  jurisdiction: text("jurisdiction").notNull(),
  kind: targetKindEnum("kind").notNull(),
  confidence: text("confidence"),
  source: text("source").notNull(),
  asOf: date("as_of").notNull(),
  disabledAt: timestamp("disabled_at", { withTimezone: true }),
  emailDisabledAt: timestamp("email_disabled_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
