import path from "node:path";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { importDirectory } from "@/server/directory/import/import-directory";
import { readDirectoryPath } from "@/server/directory/import/read-directory-path";
import { seedDemo } from "@/db/seed/seed-demo";
import { startResendStub, type ResendStub } from "../../support/resend-stub/server";
import { configureMail, dropWaitingMailJobs } from "./mail-env";

/**
 * Where a letters test file starts (in its beforeAll): a Resend stub that this process and its
 * workers mail through, the demo organisation, the directory fixtures, and no letter or mail jobs
 * left waiting by earlier files.
 */
export async function prepareLetters(): Promise<ResendStub> {
  const stub = await startResendStub();
  configureMail(stub.url);
  process.env.REPRESENT_URL = "off";
  await seedDemo(db());
  await importDirectory(db(), readDirectoryPath(path.resolve("tests/fixtures/directory"), "2025-10-01").inputs);
  await dropWaitingMailJobs(db());
  await db().execute(sql`delete from pgboss.job where name like 'letters.%' and state in ('created', 'retry')`);
  return stub;
}

/** The settings of a worker process delivering letters through the stub. */
export function letterWorkerEnv(stub: ResendStub, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    RESEND_API_KEY: "re_integration_test",
    RESEND_BASE_URL: stub.url,
    MAIL_FROM: "Private Faces Coalition <campaigns@privatefaces.example>",
    MAIL_RATE_PER_SECOND: "50",
    QUEUE_MAINTENANCE_SECONDS: "1",
    APP_URL: "https://act.privatefaces.example",
    REPRESENT_URL: "off",
    ...overrides,
  };
}
