import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { campaigns } from "./campaigns";
import { supporters } from "./supporters";

export const consentPurposeEnum = pgEnum("consent_purpose", ["petition", "updates", "letter"]);
export const consentActionEnum = pgEnum("consent_action", ["granted", "withdrawn"]);

/**
 * The exact wording a supporter agreed to, versioned. Editing the wording of a live campaign adds
 * a version; earlier versions stay so that every consent record still points at what was shown.
 */
export const consentTexts = pgTable(
  "consent_texts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Null for organisation-wide wording (the updates opt-in).
    campaignId: uuid("campaign_id").references(() => campaigns.id, { onDelete: "restrict" }),
    purpose: consentPurposeEnum("purpose").notNull(),
    version: integer("version").notNull(),
    textEn: text("text_en").notNull(),
    textFr: text("text_fr").notNull(),
    // sha256 over both texts: proves later that a record's wording was not altered.
    textHash: text("text_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique("consent_texts_campaign_purpose_version_key").on(table.campaignId, table.purpose, table.version).nullsNotDistinct(), check("consent_texts_version_positive", sql`${table.version} > 0`)],
);

/**
 * Append-only proof of consent under CASL: who agreed (or withdrew) to what wording, when and
 * where. A trigger in the migrations rejects UPDATE; withdrawals are new rows.
 */
export const consentRecords = pgTable(
  "consent_records",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    // Null once the supporter is forgotten; the record then stays as CASL proof under subject_hash
    // (the keyed hash of their address, lib/subject-hash.ts). The append-only trigger allows that one
    // change and no other. Restrict: a supporter is deleted only after their records are detached.
    supporterId: uuid("supporter_id").references(() => supporters.id, { onDelete: "restrict" }),
    subjectHash: text("subject_hash"),
    purpose: consentPurposeEnum("purpose").notNull(),
    action: consentActionEnum("action").notNull(),
    // Both checked by a trigger, not a foreign key: see migration 0009 (neither is ever deleted).
    consentTextId: uuid("consent_text_id"),
    textHash: text("text_hash"),
    campaignId: uuid("campaign_id"),
    locale: text("locale").notNull(),
    // The page or endpoint where the supporter acted, e.g. /fr/campagnes/<slug>.
    source: text("source").notNull(),
    ipHash: text("ip_hash"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("consent_records_has_subject", sql`${table.supporterId} IS NOT NULL OR ${table.subjectHash} IS NOT NULL`),
    check("consent_records_grant_has_text", sql`${table.action} = 'withdrawn' OR ${table.consentTextId} IS NOT NULL`),
    // Serves a supporter's consent history (data access requests, CASL proof).
    index("consent_records_supporter_idx").on(table.supporterId, table.createdAt),
  ],
);
