import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { runInTransaction } from "@/db/transaction";
import { queueEmail, type QueueEmailInput } from "@/server/mail/queue-email";
import { uniqueSuffix } from "../support/factories";

const signInEmail = (key: string): QueueEmailInput<"sign-in-link"> => ({
  category: "transactional",
  template: "sign-in-link",
  props: { url: "https://act.privatefaces.example/api/auth/callback/email?token=secret-token-123" },
  locale: "en",
  to: `organiser-${key}@example.org`,
  idempotencyKey: `test/${key}`,
});

async function jobsFor(messageId: string) {
  return db().execute<{ state: string }>(sql`select state from pgboss.job where name = 'mail.send' and data->>'messageId' = ${messageId}`);
}

describe("enqueueing in the same transaction", () => {
  it("leaves neither message nor job when the transaction rolls back", async () => {
    const key = uniqueSuffix();
    let messageId = "";
    await expect(
      runInTransaction(async (tx) => {
        messageId = (await queueEmail(tx, signInEmail(key))).messageId;
        expect((await tx.db.execute(sql`select 1 from pgboss.job where data->>'messageId' = ${messageId}`)).length).toBe(1);
        throw new Error("the sign-up failed after queuing its email");
      }),
    ).rejects.toThrow("the sign-up failed");
    expect(messageId).not.toBe("");
    expect(
      await db()
        .select()
        .from(emailMessages)
        .where(eq(emailMessages.idempotencyKey, `test/${key}`)),
    ).toEqual([]);
    expect(await jobsFor(messageId)).toHaveLength(0);
  });

  it("always has its job once committed", async () => {
    const key = uniqueSuffix();
    const { messageId, queued } = await runInTransaction((tx) => queueEmail(tx, signInEmail(key)));
    expect(queued).toBe(true);
    const jobs = await jobsFor(messageId);
    expect(jobs).toHaveLength(1);
    const [row] = await db().select().from(emailMessages).where(eq(emailMessages.id, messageId));
    expect(row).toMatchObject({ status: "queued", canonicalTo: `organiser-${key}@example.org` });
    // The link's token waits encrypted, never in clear.
    expect(JSON.stringify(row)).not.toContain("secret-token-123");
    expect(row?.sealedProps).toBeTruthy();
  });

  it("queues a message once however often the same idempotency key is queued", async () => {
    const key = uniqueSuffix();
    const first = await runInTransaction((tx) => queueEmail(tx, signInEmail(key)));
    const again = await runInTransaction((tx) => queueEmail(tx, signInEmail(key)));
    expect(again).toEqual({ messageId: first.messageId, queued: false });
    expect(await jobsFor(first.messageId)).toHaveLength(1);
  });

  it("refuses props the template does not accept, before anything is written", async () => {
    const key = uniqueSuffix();
    await expect(runInTransaction((tx) => queueEmail(tx, { ...signInEmail(key), props: { url: "not a url" } }))).rejects.toThrow();
    expect(
      await db()
        .select()
        .from(emailMessages)
        .where(eq(emailMessages.idempotencyKey, `test/${key}`)),
    ).toEqual([]);
  });
});
