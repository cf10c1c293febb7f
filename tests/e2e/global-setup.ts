import { connect } from "@/db/client";

/**
 * The browser tests share npm test's database with the integration tests, which queue hundreds of
 * emails they never send. Those waiting jobs would sit in front of this run's confirmation emails.
 */
export default async function globalSetup() {
  const { sql } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await sql`delete from pgboss.job where name like 'mail.%' and state in ('created', 'retry')`;
  await sql.end();
}
