import { bigserial, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { supporters } from "./supporters";

/*
 * Supporters' own access to their data (issue 15), and what stays after they are forgotten.
 */

/**
 * "Email me a link to my data": the link proves the reader holds that mailbox. Only the token's
 * SHA-256 is kept; single use (spent by the page's button, never by opening it); a day at most.
 */
export const myDataLinks = pgTable(
  "my_data_links",
  {
    tokenHash: text("token_hash").primaryKey(),
    supporterId: uuid("supporter_id")
      .notNull()
      .references(() => supporters.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Erasure finds a supporter's links through this; retention purges expired ones by the other.
    index("my_data_links_supporter_idx").on(table.supporterId),
    index("my_data_links_expires_idx").on(table.expiresAt),
  ],
);

export const dataRequestKindEnum = pgEnum("data_request_kind", ["export", "erasure"]);
export const dataRequesterEnum = pgEnum("data_requester", ["supporter", "organiser"]);

/**
 * Each export and erasure, for the organisers' "data requests" page: what, when and who asked
 * (the person, or an organiser on their behalf). Deliberately holds no personal data, not even a
 * hash: the page is evidence that requests are answered, not a list of who made them.
 */
export const dataRequests = pgTable(
  "data_requests",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: dataRequestKindEnum("kind").notNull(),
    requestedBy: dataRequesterEnum("requested_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("data_requests_created_idx").on(table.createdAt)],
);

/**
 * Addresses of people who asked to be erased, as a keyed hash of their canonical form
 * (lib/subject-hash.ts) and nothing else: no bulk mail ever goes to an address whose hash is here,
 * and their CASL consent records are kept under the same hash. Without the secret the hash names
 * no one; with it, it can only answer "is this address one that was erased?".
 */
export const forgottenSubjects = pgTable("forgotten_subjects", {
  subjectHash: text("subject_hash").primaryKey(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
