import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { localeEnum } from "./enums";
import { supporters } from "./supporters";

/*
 * The email pipeline's own records. Every email Chorus sends is one row of email_messages, from
 * the moment it is queued; its state is what organisers see. The queue itself (pg-boss) only
 * carries ids, so a job lost or replayed never loses or duplicates a message.
 */

// transactional: the recipient just asked for it (confirmation, sign-in link) and gets it even
// after unsubscribing, never after a bounce or complaint; bulk: news they subscribed to, with
// one-click unsubscribe; letter: to a target.
export const emailCategoryEnum = pgEnum("email_category", ["transactional", "bulk", "letter"]);
export const emailStatusEnum = pgEnum("email_status", ["queued", "sending", "sent", "delivered", "failed", "suppressed", "bounced", "complained"]);
export const emailTransportEnum = pgEnum("email_transport", ["resend", "outbox"]);
export const suppressionReasonEnum = pgEnum("suppression_reason", ["bounced", "complained", "unsubscribed", "manual"]);

/** One bulk send (e.g. an update to subscribers), rendered once per language with placeholders. */
export const emailBroadcasts = pgTable("email_broadcasts", {
  id: uuid("id").primaryKey().defaultRandom(),
  kind: text("kind").notNull(),
  // { en: { subject, html, text }, fr: {…} } with {{placeholders}} filled per recipient.
  rendered: jsonb("rendered").notNull(),
  createdBy: text("created_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const emailMessages = pgTable(
  "email_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Derived from what is sent (confirm/<signatureId>): enqueuing twice is a no-op, and Resend
    // sees the same key on every retry.
    idempotencyKey: text("idempotency_key").notNull().unique(),
    kind: text("kind").notNull(),
    category: emailCategoryEnum("category").notNull(),
    template: text("template"),
    props: jsonb("props"),
    // Props that are secrets (links carrying a token), encrypted; erased once the email is sent.
    sealedProps: text("sealed_props"),
    broadcastId: uuid("broadcast_id").references(() => emailBroadcasts.id, { onDelete: "cascade" }),
    locale: localeEnum("locale").notNull().default("en"),
    toAddress: text("to_address").notNull(),
    toName: text("to_name"),
    canonicalTo: text("canonical_to").notNull(),
    fromName: text("from_name"),
    replyTo: text("reply_to"),
    supporterId: uuid("supporter_id").references(() => supporters.id, { onDelete: "set null" }),
    status: emailStatusEnum("status").notNull().default("queued"),
    transport: emailTransportEnum("transport"),
    providerId: text("provider_id"),
    // Set when a bulk chunk is frozen for sending; a retry re-sends exactly that chunk.
    batchKey: text("batch_key"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    subject: text("subject"),
    // Kept only for the local outbox, where reading the message is the point.
    html: text("html"),
    textBody: text("text_body"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("email_messages_template_or_broadcast", sql`${table.template} IS NOT NULL OR ${table.broadcastId} IS NOT NULL`),
    // Serves the admin pipeline view (counts and lists by state, newest first).
    index("email_messages_status_created_idx").on(table.status, table.createdAt),
    // Serves webhook events, which name the message by Resend's id. Partial: a message is queued
    // without one, so queuing (on the signing hot path) does not touch this index.
    index("email_messages_provider_id_idx")
      .on(table.providerId)
      .where(sql`${table.providerId} IS NOT NULL`),
    // Serves a broadcast's progress (sent / remaining / failed); transactional mail has no broadcast.
    index("email_messages_broadcast_status_idx")
      .on(table.broadcastId, table.status)
      .where(sql`${table.broadcastId} IS NOT NULL`),
    // Serves a supporter's own data export and erasure.
    index("email_messages_supporter_idx").on(table.supporterId),
  ],
);

/** Addresses not to mail again, by canonical form (which mail each reason stops: server/mail/suppression-rule.ts). */
export const emailSuppressions = pgTable("email_suppressions", {
  address: text("address").primaryKey(),
  reason: suppressionReasonEnum("reason").notNull(),
  detail: text("detail"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Resend webhook deliveries already handled, by Svix message id: redelivery changes nothing. */
export const webhookEvents = pgTable("webhook_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  payload: jsonb("payload").notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The send-rate limit shared by every worker: each call to the provider reserves the next free
 * slot on this row, so N workers together never exceed the configured requests per second.
 */
export const mailSendSlots = pgTable("mail_send_slots", {
  name: text("name").primaryKey(),
  nextSlotAt: timestamp("next_slot_at", { withTimezone: true }).notNull().defaultNow(),
});
