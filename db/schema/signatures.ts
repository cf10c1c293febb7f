import { sql } from "drizzle-orm";
import { char, check, index, pgEnum, pgTable, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { localeEnum } from "./enums";
import { signatureInvalidations } from "./signature-invalidations";
import { supporters } from "./supporters";

export const signatureStateEnum = pgEnum("signature_state", ["pending", "confirmed", "invalidated", "fraudulent"]);

/**
 * A signature on one campaign. Only confirmed ones count. The confirmation token is stored as a
 * hash, and the signer's IP only as a keyed hash, so a leak of this table exposes neither.
 */
export const signatures = pgTable(
  "signatures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Checked by a trigger, not a foreign key: see migration 0009 (campaigns are never deleted).
    campaignId: uuid("campaign_id").notNull(),
    // Null once the signer is forgotten (erased, or anonymised after the campaign closed): the row
    // stays, without name, address or postal code, so every count and chart stays exact. Restrict:
    // a supporter is deleted only after their signatures are anonymised (server/privacy/).
    supporterId: uuid("supporter_id").references(() => supporters.id, { onDelete: "restrict" }),
    state: signatureStateEnum("state").notNull().default("pending"),
    name: text("name").notNull(),
    email: text("email").notNull(),
    canonicalEmail: text("canonical_email").notNull(),
    postalCode: text("postal_code"),
    country: char("country", { length: 2 }).notNull().default("CA"),
    province: char("province", { length: 2 }),
    ridingCode: text("riding_code"),
    locale: localeEnum("locale").notNull().default("en"),
    confirmTokenHash: text("confirm_token_hash"),
    // The consent wording the latest signing form showed (updates: null when the box was not
    // ticked). Nothing is consented to when signing: the confirmation click records these, with
    // that request's IP hash, so a stranger who signs first with someone's address grants nothing.
    // Checked by the consent records' trigger when recorded, not a foreign key (see migration 0009).
    petitionConsentId: uuid("petition_consent_id"),
    updatesConsentId: uuid("updates_consent_id"),
    confirmTokenExpiresAt: timestamp("confirm_token_expires_at", { withTimezone: true }),
    ipHash: text("ip_hash"),
    // How many confirmation emails this signature has had (the first, plus at most three re-sends).
    confirmationSends: smallint("confirmation_sends").notNull().default(0),
    // Where it came from: the page path, or "api".
    source: text("source").notNull().default("web"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    invalidatedAt: timestamp("invalidated_at", { withTimezone: true }),
    // The bulk invalidation that put it in its invalidated state, so that one can be undone in one
    // step; null when one signature was invalidated alone, and cleared when it is restored.
    invalidationId: uuid("invalidation_id").references(() => signatureInvalidations.id),
  },
  (table) => [
    // One signature per person per campaign, whatever spelling of the address they type.
    unique("signatures_campaign_canonical_email_key").on(table.campaignId, table.canonicalEmail),
    check("signatures_confirmed_has_time", sql`${table.state} <> 'confirmed' OR ${table.confirmedAt} IS NOT NULL`),
    // Serves the confirmation link lookup by token hash.
    index("signatures_confirm_token_hash_idx").on(table.confirmTokenHash),
    // Serves the admin table's pages (newest first, keyset on created_at and id), date windows and
    // exports. State is filtered, not indexed: one index serves every combination of filters.
    index("signatures_campaign_created_idx").on(table.campaignId, table.createdAt, table.id),
    // Serves a supporter's view of their own signatures.
    index("signatures_supporter_idx").on(table.supporterId),
    // Serves the hourly per-IP rate limit, counted from recent signatures (the per-address limit
    // goes through the supporter and signatures_supporter_idx).
    index("signatures_ip_hash_created_idx").on(table.ipHash, table.createdAt),
    // Serves undoing a bulk invalidation: the signatures it changed.
    index("signatures_invalidation_idx").on(table.invalidationId),
  ],
);
