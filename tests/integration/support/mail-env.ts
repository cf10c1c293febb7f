import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";

/**
 * Points this test file's process at a Resend stub. Must run before anything reads the env module
 * (it parses once), i.e. at the top of beforeAll, before the first query.
 */
export function configureMail(stubUrl: string, overrides: Record<string, string> = {}): void {
  Object.assign(process.env, {
    RESEND_API_KEY: "re_integration_test",
    RESEND_BASE_URL: stubUrl,
    MAIL_FROM: "Private Faces Coalition <campaigns@privatefaces.example>",
    MAIL_TIMEOUT_MS: "1000",
    MAIL_RATE_PER_SECOND: "50",
    RESEND_WEBHOOK_SECRET: `whsec_${Buffer.from("integration-webhook-secret").toString("base64")}`,
    APP_URL: "https://act.privatefaces.example",
    ...overrides,
  });
}

/**
 * Mail jobs left by earlier test files (which queue email without running a worker). Files run
 * one at a time, so whatever is still waiting belongs to a file that has finished.
 */
export async function dropWaitingMailJobs(database: Database): Promise<void> {
  await database.execute(sql`delete from pgboss.job where name like 'mail.%' and state in ('created', 'retry')`);
}

/**
 * Short retry delays and expiry for the mail queues, so retries and crash recovery happen in
 * seconds. Applies to jobs queued afterwards; `restore` puts the policies back. Also clears the
 * mail jobs other files left waiting, so this file's workers only send this file's mail.
 */
export async function speedUpMailQueues(database: Database, expireSeconds = 30): Promise<() => Promise<void>> {
  await dropWaitingMailJobs(database);
  const saved = await database.execute<{ name: string; retry_delay: number; expire_seconds: number }>(sql`select name, retry_delay, expire_seconds from pgboss.queue where name like 'mail.%'`);
  await database.execute(sql`update pgboss.queue set retry_delay = 1, expire_seconds = ${expireSeconds} where name like 'mail.%'`);
  await database.execute(sql`delete from mail_send_slots`);
  return async () => {
    for (const row of saved) {
      await database.execute(sql`update pgboss.queue set retry_delay = ${row.retry_delay}, expire_seconds = ${row.expire_seconds} where name = ${row.name}`);
    }
  };
}

/** Polls until the check returns a truthy value, or fails with what it last saw. */
export async function waitFor<T>(check: () => Promise<T>, timeoutMs: number, what: string): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await check();
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
