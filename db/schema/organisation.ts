import { sql } from "drizzle-orm";
import { check, pgTable, smallint, text, timestamp } from "drizzle-orm/pg-core";
import { localeEnum } from "./enums";

/**
 * The campaigning organisation itself. One row: every email identifies its sender with this
 * name and mailing address (CASL requires both, plus a way to reach it).
 */
export const organisationSettings = pgTable(
  "organisation_settings",
  {
    id: smallint("id").primaryKey().default(1),
    name: text("name").notNull(),
    // The name in French, where it differs (e.g. a bilingual group's French name); empty: `name` in both languages.
    nameFr: text("name_fr"),
    mailingAddress: text("mailing_address").notNull(),
    contactEmail: text("contact_email").notNull(),
    contactUrl: text("contact_url"),
    fromAddress: text("from_address"),
    replyTo: text("reply_to"),
    defaultLocale: localeEnum("default_locale").notNull().default("en"),
    // IANA zone every date and time in the panel is shown and entered in.
    timeZone: text("time_zone").notNull().default("America/Toronto"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check("organisation_settings_singleton", sql`${table.id} = 1`)],
);
