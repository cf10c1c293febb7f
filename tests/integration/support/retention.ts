import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { emailBroadcasts, emailMessages, webhookEvents } from "@/db/schema";
import { systemContext, transaction } from "@/server/context";
import type { RetentionKind } from "@/server/retention/kind";
import type { RetentionPolicy } from "@/server/retention/policy";
import { uniqueSuffix } from "../../support/factories";

/*
 * Retention tests run each kind at a fixed "now" years before any other test's rows were written, so
 * whatever the other files left in the shared database is never due, and every count is exactly the
 * rows the test placed around that instant.
 */
export const NOW = new Date("2021-03-15T12:00:00Z");
export const POLICY: RetentionPolicy = { unconfirmedDays: 30, fraudulentDays: 90, signersMonths: 6, emailBodyDays: 30, deliveryMonths: 12, webhookDays: 30 };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** `days` before NOW, give or take a minute: `edge(30, "past")` is just past a 30-day period, `"inside"` just inside it. */
export const daysAgo = (days: number, side: "past" | "inside") => new Date(NOW.getTime() - days * DAY + (side === "past" ? -MINUTE : MINUTE));
/** The same in calendar months (12 months before 2021-03-15 is 2020-03-15). */
export function monthsAgo(months: number, side: "past" | "inside"): Date {
  const date = new Date(NOW);
  date.setUTCMonth(date.getUTCMonth() - months);
  return new Date(date.getTime() + (side === "past" ? -MINUTE : MINUTE));
}

/**
 * Removes what retention tests placed around NOW (every such row is dated before 2022; no other test
 * writes rows that old), before and after each file, so one file's rows never show in another's counts.
 */
export async function clearRetentionRows(database: Database): Promise<void> {
  const before = sql`'2022-01-01'::timestamptz`;
  await database.execute(sql`delete from email_messages where created_at < ${before}`);
  await database.execute(sql`delete from email_broadcasts b where created_at < ${before} and not exists (select 1 from update_sends s where s.broadcast_id = b.id)`);
  await database.execute(sql`delete from webhook_events where received_at < ${before}`);
  await database.execute(sql`delete from writer_links where expires_at < ${before}`);
  await database.execute(sql`delete from my_data_links where expires_at < ${before}`);
  await database.execute(sql`delete from sessions where expires < ${before}`);
  await database.execute(sql`delete from verification_tokens where expires < ${before}`);
  await database.execute(sql`delete from rate_limit_hits where window_start < ${before}`);
  await database.execute(sql`update signatures set confirm_token_hash = null, confirm_token_expires_at = null where confirm_token_expires_at < ${before} and state <> 'pending'`);
}

export const runKind = (kind: RetentionKind) => transaction(systemContext("retention-test"), (tx) => kind.run(tx, NOW, POLICY));

type NewMessage = Partial<typeof emailMessages.$inferInsert>;

/** A sent confirmation email as the outbox keeps it: body, props and the recipient's address. */
export async function createEmail(database: Database, overrides: NewMessage = {}) {
  const address = `reader-${uniqueSuffix()}@example.org`;
  const [row] = await database
    .insert(emailMessages)
    .values({
      idempotencyKey: `retention-test/${uniqueSuffix()}`,
      kind: "confirm-signature",
      category: "transactional",
      template: "confirm-signature",
      props: { name: "Ophélie Marchand-Desrosiers", campaignTitle: "Pas de caméras faciales dans le métro" },
      toAddress: address,
      toName: "Ophélie Marchand-Desrosiers",
      canonicalTo: address,
      status: "sent",
      subject: "Confirmez votre signature : Pas de caméras faciales dans le métro",
      html: "<p>Bonjour Ophélie, confirmez votre signature.</p>",
      textBody: "Bonjour Ophélie, confirmez votre signature.",
      ...overrides,
    })
    .returning();
  return row!;
}

export async function createBroadcast(database: Database, createdAt: Date) {
  const rendering = { subject: "News", html: "<p>Hello {{name}}</p>", text: "Hello {{name}}" };
  const [row] = await database
    .insert(emailBroadcasts)
    .values({ kind: "campaign-update", rendered: { en: rendering, fr: rendering }, createdAt })
    .returning();
  return row!;
}

/** A bounce notice from the mail provider, naming its recipient, received at `receivedAt`. */
export async function createWebhookEvent(database: Database, receivedAt: Date) {
  const [row] = await database
    .insert(webhookEvents)
    .values({ id: `msg_${randomBytes(8).toString("hex")}`, type: "email.bounced", payload: { type: "email.bounced", data: { to: ["gaetan.beaulieu-roy@example.org"], subject: "Confirm your signature" } }, receivedAt })
    .returning();
  return row!;
}
