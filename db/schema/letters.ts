import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { campaigns } from "./campaigns";
import { fixedTargets, representatives } from "./directory";
import { emailMessages } from "./email";
import { localeEnum } from "./enums";
import { supporters } from "./supporters";

export const letterDeliveryEnum = pgEnum("letter_delivery", ["each", "digest"]);
// "representatives": letters to elected members and bodies; "data_access": a supporter's own request for
// the personal information an organisation holds about them (copied to them, 30 days to answer).
export const letterKindEnum = pgEnum("letter_kind", ["representatives", "data_access"]);
// Before delivery: waiting for a slot under the target's limits. After: the email's own state tells.
export const letterStateEnum = pgEnum("letter_state", ["queued", "handed_over"]);

/**
 * A campaign's letter action: whom supporters write to, the letter they start from (with merge
 * fields), whether they may change it, and how letters reach each target without flooding it.
 */
export const letterActions = pgTable(
  "letter_actions",
  {
    campaignId: uuid("campaign_id")
      .primaryKey()
      .references(() => campaigns.id, { onDelete: "restrict" }),
    kind: letterKindEnum("kind").notNull().default("representatives"),
    toMp: boolean("to_mp").notNull().default(true),
    // The supporter's member of the provincial legislature (MPP, MNA, MLA, MHA), for their provincial riding.
    toProvincialMember: boolean("to_provincial_member").notNull().default(false),
    fixedTargetIds: uuid("fixed_target_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    // One subject per line; the supporter picks one.
    subjectsEn: text("subjects_en").notNull(),
    subjectsFr: text("subjects_fr").notNull(),
    // The letter per kind of recipient, each opened by its own salutation (empty: none). Merge fields:
    // {{supporter_name}}, {{riding}}, {{representative}} (the recipient's name).
    // Elected members (the MP, the provincial member): "As your constituent in {{riding}}…".
    salutationEn: text("salutation_en").notNull().default(""),
    salutationFr: text("salutation_fr").notNull().default(""),
    templateEn: text("template_en").notNull(),
    templateFr: text("template_fr").notNull(),
    // Organisations (commissioners, companies). An empty text means the elected members' one: the
    // text of actions written before there were two (the editor shows it as the starting point).
    orgSalutationEn: text("org_salutation_en").notNull().default(""),
    orgSalutationFr: text("org_salutation_fr").notNull().default(""),
    orgTemplateEn: text("org_template_en").notNull().default(""),
    orgTemplateFr: text("org_template_fr").notNull().default(""),
    editable: boolean("editable").notNull().default(true),
    delivery: letterDeliveryEnum("delivery").notNull().default("each"),
    maxPerHourPerTarget: integer("max_per_hour_per_target").notNull().default(30),
    // Deliver only Monday to Friday, 9:00 to 17:00 in the recipient's time zone.
    officeHoursOnly: boolean("office_hours_only").notNull().default(false),
    // Digest mode: one message per target once this many letters wait, or the oldest has waited this long.
    digestEvery: integer("digest_every").notNull().default(25),
    digestHours: integer("digest_hours").notNull().default(24),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check("letter_actions_max_per_hour", sql`${table.maxPerHourPerTarget} between 1 and 10000`), check("letter_actions_digest", sql`${table.digestEvery} between 1 and 1000 and ${table.digestHours} between 1 and 720`)],
);

/** One supporter's letter to one target: at most one per campaign, supporter and target. */
export const letters = pgTable(
  "letters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "restrict" }),
    // Null once the writer is forgotten: the row stays for the per-target counts, its text and
    // postal code gone. Restrict: the supporter is deleted only after their letters are anonymised.
    supporterId: uuid("supporter_id").references(() => supporters.id, { onDelete: "restrict" }),
    // "rep:<id>" or "fixed:<id>": the unit the per-target limits count in.
    targetKey: text("target_key").notNull(),
    representativeId: uuid("representative_id").references(() => representatives.id, { onDelete: "set null" }),
    fixedTargetId: uuid("fixed_target_id").references(() => fixedTargets.id, { onDelete: "set null" }),
    toName: text("to_name").notNull(),
    toAddress: text("to_address").notNull(),
    // The recipient's province, or CA for federal bodies: sets their time zone for office hours.
    targetRegion: text("target_region"),
    ridingCode: text("riding_code"),
    // As shown in the letter's signature line: where the supporter writes from.
    ridingName: text("riding_name"),
    postalCode: text("postal_code"),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    // False when the supporter sent the organiser's text unchanged.
    personalised: boolean("personalised").notNull(),
    locale: localeEnum("locale").notNull(),
    state: letterStateEnum("state").notNull().default("queued"),
    emailMessageId: uuid("email_message_id").references(() => emailMessages.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    handedOverAt: timestamp("handed_over_at", { withTimezone: true }),
    // Data-access requests: when the organisation's 30 days to answer end, and when the supporter was reminded.
    answerDueAt: timestamp("answer_due_at", { withTimezone: true }),
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
  },
  (table) => [
    index("letters_campaign_target_idx").on(table.campaignId, table.targetKey),
    // Serves the per-target hourly limit: letters handed over to a target recently.
    index("letters_target_handed_over_idx").on(table.targetKey, table.handedOverAt),
    // Serves the digest check: letters still waiting, per target.
    index("letters_answer_due_idx")
      .on(table.answerDueAt)
      .where(sql`${table.remindedAt} is null`),
    index("letters_waiting_idx")
      .on(table.targetKey, table.createdAt)
      .where(sql`${table.state} = 'queued'`),
    unique("letters_one_per_target").on(table.campaignId, table.supporterId, table.targetKey),
  ],
);
