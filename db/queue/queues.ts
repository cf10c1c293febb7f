import type PgBoss from "pg-boss";
import { z } from "zod";

/*
 * Every queue and its retry policy. Mail retries back off exponentially with jitter (pg-boss:
 * delay × 2^n, half of it random) from 5 s up to about 85 min, ten times over about three hours,
 * well inside the 24 hours for which Resend remembers an idempotency key.
 * A mail job is one Resend call (MAIL_TIMEOUT_MS, at most 25 s) after a wait for its rate slot
 * (seconds): 30 s is ample, and it is how long a killed worker's mail waits before another worker
 * takes it. Sending it twice is harmless: the retry carries the same idempotency key.
 */
const mailPolicy = { retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInSeconds: 30 } as const;

export const queues = {
  "mail.send": mailPolicy,
  "mail.send-batch": mailPolicy,
  // A letter waiting for its target's hourly limit is re-queued for later, not retried.
  "letters.deliver": { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 },
  "letters.digest": { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  "letters.remind-access": { retryLimit: 3, retryDelay: 300, expireInSeconds: 600 },
  "purge-expired-auth": { retryLimit: 2, retryDelay: 60, expireInSeconds: 120 },
  "signatures.reconcile-tallies": { retryLimit: 2, retryDelay: 60, expireInSeconds: 600 },
  "campaigns.milestones": { retryLimit: 2, retryDelay: 30, expireInSeconds: 120 },
  // Rendering an update and queueing up to 100,000 messages: minutes at most, retried if it fails.
  "updates.send": { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 900 },
  // One pass over every retention kind; a big first run (a year of mail) may take minutes.
  "retention.apply": { retryLimit: 2, retryDelay: 600, expireInSeconds: 1800 },
} satisfies Record<string, Omit<PgBoss.Queue, "name">>;

export type QueueName = keyof typeof queues;

const id = z.uuid();
const none = z.looseObject({});

/**
 * What each queue's job carries: ids, never personal data (a job row outlives nothing it points
 * at, and pg-boss keeps finished jobs for days). enqueue validates against these before it writes,
 * and the worker again before it runs a handler, so a bad payload fails where it was made.
 */
export const payloads = {
  "mail.send": z.object({ messageId: id }),
  "mail.send-batch": z.object({ broadcastId: id, messageIds: z.array(id).min(1) }),
  "letters.deliver": z.object({ letterId: id }),
  // Cron runs it with no data (every due digest); a letter sent for a digest names its campaign and target.
  "letters.digest": z.object({ campaignId: id.optional(), targetKey: z.string().min(1).optional() }),
  "letters.remind-access": none,
  "purge-expired-auth": none,
  "signatures.reconcile-tallies": none,
  "campaigns.milestones": none,
  "updates.send": z.object({ sendId: id }),
  "retention.apply": none,
} satisfies Record<QueueName, z.ZodType<object>>;

export type Payload<Queue extends QueueName> = z.input<(typeof payloads)[Queue]>;

/** Cron schedules (UTC) of the queues that run periodically. */
export const schedules: Partial<Record<QueueName, string>> = {
  "purge-expired-auth": "17 * * * *",
  // Digests that are due by time rather than by count.
  "letters.digest": "*/5 * * * *",
  // Data-access requests whose 30 days are up, every morning (14:00 UTC: 9:00 in Ottawa).
  "letters.remind-access": "0 14 * * *",
  "signatures.reconcile-tallies": "41 * * * *",
  // Organisers hear within a minute or two that a campaign passed a share of its goal.
  "campaigns.milestones": "* * * * *",
  // What the retention policy says is due, every night (03:23 UTC: a quiet hour in Canada).
  "retention.apply": "23 3 * * *",
};

/**
 * Creates missing queues; with `updatePolicies`, also brings existing ones in line with the code
 * (migrations do this; a worker starting up only fills gaps, so it never undoes an operator's change).
 */
export async function ensureQueues(boss: PgBoss, options: { updatePolicies: boolean }): Promise<void> {
  for (const [name, policy] of Object.entries(queues)) {
    await boss.createQueue(name, { name, ...policy });
    if (options.updatePolicies) await boss.updateQueue(name, { name, ...policy });
  }
  for (const [name, cron] of Object.entries(schedules)) await boss.schedule(name, cron);
}
