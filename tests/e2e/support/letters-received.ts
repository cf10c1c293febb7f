import { expect } from "@playwright/test";
import { sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { stub } from "./sign-in";

/** What the database says about a supporter's letters, for a failure message. */
async function letterStates(email: string) {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  try {
    return await db.execute(sql`
      select l.to_address, l.state, l.created_at, l.handed_over_at, m.status, m.attempts, m.last_error,
        (select json_agg(json_build_object('state', j.state, 'start_after', j.start_after, 'retry', j.retry_count, 'output', j.output)) from pgboss.job j where j.data->>'letterId' = l.id::text) as jobs
      from letters l join supporters s on s.id = l.supporter_id left join email_messages m on m.id = l.email_message_id
      where s.email = ${email}`);
  } finally {
    await client.end();
  }
}

const RECIPIENTS = ["priya.lachance@parl.example", "daniel.okafor@parl.example", "info@priv.example", "catherine.ouellette@ola.example"];

/** The letters the Resend stub received from this supporter (by Reply-To), once all have arrived. */
export async function lettersFrom(email: string, count: number) {
  const read = async () => (await Promise.all(RECIPIENTS.map((to) => stub().emailsTo(to)))).flat().filter((m) => m.reply_to?.includes(email));
  // Delivery is asynchronous (a worker, the mail queue, retries with backoff on a busy machine).
  try {
    await expect.poll(async () => (await read()).length, { timeout: 45_000 }).toBe(count);
  } catch (error) {
    throw new Error(`${String(error)}\nletters and their emails: ${JSON.stringify(await letterStates(email), null, 1)}`);
  }
  return read();
}
