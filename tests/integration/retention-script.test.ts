import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailMessages, webhookEvents } from "@/db/schema";
import { createEmail, createWebhookEvent } from "./support/retention";

/*
 * `npm run retention` as an operator runs it, against this test's database: the dry run prints what
 * is due and leaves it, the real run removes it and prints the same table, a typo is refused.
 */

type Run = { code: number; stdout: string; stderr: string };

async function retention(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)("npm", ["run", "--silent", "retention", "--", ...args], { env: process.env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600_000);
/** The count printed on the line of this kind and table. */
const printed = (output: string, kind: string, table: string) => Number(new RegExp(`^${kind}\\s+${table}\\s+(\\d+)$`, "m").exec(output)?.[1] ?? NaN);

describe("npm run retention", () => {
  it("with --dry-run prints what is due and changes nothing; without it, removes that and prints it", async () => {
    const email = await createEmail(db(), { createdAt: daysAgo(31) });
    const event = await createWebhookEvent(db(), daysAgo(31));
    const bodyOf = async () => (await db().select().from(emailMessages).where(eq(emailMessages.id, email.id)))[0]?.html;
    const payloadOf = async () => (await db().select().from(webhookEvents).where(eq(webhookEvents.id, event.id)))[0]?.payload;

    const dry = await retention("--dry-run");
    expect(dry.code).toBe(0);
    expect(printed(dry.stdout, "email-bodies", "email_messages")).toBeGreaterThanOrEqual(1);
    expect(printed(dry.stdout, "webhook-payloads", "webhook_events")).toBeGreaterThanOrEqual(1);
    expect(dry.stdout).toContain("nothing was changed");
    expect(await bodyOf()).toBe(email.html);
    expect(await payloadOf()).toEqual(event.payload);

    const real = await retention();
    expect(real.code).toBe(0);
    expect(printed(real.stdout, "email-bodies", "email_messages")).toBe(printed(dry.stdout, "email-bodies", "email_messages"));
    expect(real.stdout).toContain("rows removed or anonymised");
    expect(await bodyOf()).toBeNull();
    expect(await payloadOf()).toEqual({});

    const again = await retention("--dry-run");
    expect(printed(again.stdout, "email-bodies", "email_messages")).toBe(0);
  });

  it("refuses an argument it does not know, with exit code 2, before touching anything", async () => {
    const email = await createEmail(db(), { createdAt: daysAgo(31) });
    const run = await retention("--dryrun");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown argument "--dryrun"');
    expect(run.stderr).toContain("Usage: npm run retention [-- --dry-run]");
    expect((await db().select().from(emailMessages).where(eq(emailMessages.id, email.id)))[0]?.html).toBe(email.html);
  });
});
