import { sql } from "drizzle-orm";
import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { localeEnum } from "./enums";

export const subscriptionStatusEnum = pgEnum("subscription_status", ["none", "pending", "subscribed", "unsubscribed", "bounced", "complained"]);

/**
 * One person, keyed by their canonical email, however many petitions they sign. Holds only what
 * we need to write to them: a name, a language and whether they agreed to hear from us.
 */
export const supporters = pgTable(
  "supporters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    canonicalEmail: text("canonical_email").notNull().unique(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    locale: localeEnum("locale").notNull().default("en"),
    subscriptionStatus: subscriptionStatusEnum("subscription_status").notNull().default("none"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Serves audience selection for updates ("everyone subscribed"). Partial: most supporters only
    // sign, and adding them (on the signing hot path) then leaves this index alone.
    index("supporters_subscribed_idx")
      .on(table.id)
      .where(sql`${table.subscriptionStatus} = 'subscribed'`),
  ],
);
