import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as oneClick } from "@/app/api/unsubscribe/[token]/route";
import { db } from "@/db/client";
import { consentRecords, emailMessages, emailSuppressions, supporters } from "@/db/schema";
import { runInTransaction } from "@/db/transaction";
import { canonicalEmail } from "@/server/mail/canonical";
import { queueBroadcast } from "@/server/mail/queue-broadcast";
import { queueEmail } from "@/server/mail/queue-email";
import { uniqueSuffix } from "../support/factories";
import { waitFor } from "./support/mail-env";
import { mailWorkerHarness } from "./support/mail-harness";
import { createSubscribers, updateContent } from "./support/people";

const mail = mailWorkerHarness(4);

const queueSignIn = (to: string) => runInTransaction((tx) => queueEmail(tx, { category: "transactional", template: "sign-in-link", props: { url: `https://act.privatefaces.example/x?to=${to}` }, locale: "fr", to, idempotencyKey: `test/${to}` }));

async function statuses(ids: string[]) {
  return db().select({ id: emailMessages.id, status: emailMessages.status, lastError: emailMessages.lastError, attempts: emailMessages.attempts }).from(emailMessages).where(inArray(emailMessages.id, ids));
}

const delivered = (address: string) =>
  mail
    .stub()
    .emails()
    .filter((email) => email.to.some((to) => to.includes(address)));

describe("the email pipeline against the Resend stub", () => {
  it("rides out a 429, two 500s and a timeout, delivering every message exactly once", async () => {
    mail.stub().inject({ status: 429, retryAfterSeconds: 1, path: "/emails" });
    mail.stub().inject({ status: 500, times: 2, path: "/emails" });
    mail.stub().inject({ delayMs: 2_500, path: "/emails" });
    const tag = uniqueSuffix();
    const addresses = Array.from({ length: 12 }, (_, i) => `retry-${tag}-${i}@example.org`);
    const ids = await Promise.all(addresses.map(async (to) => (await queueSignIn(to)).messageId));
    await waitFor(async () => (await statuses(ids)).every((row) => row.status === "sent"), 60_000, "all 12 sent");

    for (const address of addresses) expect(delivered(address)).toHaveLength(1);
    const codes = mail
      .stub()
      .requests()
      .map((request) => request.status);
    expect(codes.filter((code) => code === 429)).toHaveLength(1);
    expect(codes.filter((code) => code === 500)).toHaveLength(2);
    // The timed-out call was accepted by the stub; its retry carried the same key and was replayed.
    const keys = mail
      .stub()
      .requests()
      .map((request) => request.idempotencyKey);
    expect(new Set(keys).size).toBeLessThan(keys.length);
    expect((await statuses(ids)).some((row) => row.attempts > 1)).toBe(true);
    expect(delivered(addresses[0]!)[0]).toMatchObject({ subject: "Votre lien de connexion à Chorus", from: "Private Faces Coalition <campaigns@privatefaces.example>" });
    expect(delivered(addresses[0]!)[0]?.text).toContain(`https://act.privatefaces.example/x?to=${addresses[0]}`);
    // Sent: the encrypted link is erased from the database.
    expect((await db().select({ sealed: emailMessages.sealedProps }).from(emailMessages).where(inArray(emailMessages.id, ids))).every((row) => row.sealed === null)).toBe(true);
  });

  it("treats a 422 as permanent: the email fails with its reason and is not retried", async () => {
    mail.stub().inject({ status: 422, path: "/emails" });
    const to = `invalid-${uniqueSuffix()}@example.org`;
    const { messageId } = await queueSignIn(to);
    const [row] = await waitFor(
      async () => {
        const rows = await statuses([messageId]);
        return rows[0]?.status === "failed" ? rows : null;
      },
      20_000,
      "failed",
    );
    expect(row?.lastError).toMatch(/validation_error/);
    expect(
      mail
        .stub()
        .requests()
        .filter((request) => request.idempotencyKey === `test/${to}`),
    ).toHaveLength(1);
  });

  it("never sends bulk mail to an unsubscribed address, but still sends it a confirmation", async () => {
    const [kept, suppressed] = await createSubscribers(db(), 2);
    await db()
      .insert(emailSuppressions)
      .values({ address: canonicalEmail(suppressed!.email), reason: "unsubscribed" });
    const { broadcastId } = await runInTransaction((tx) => queueBroadcast(tx, { idempotencyPrefix: `update/${uniqueSuffix()}`, content: updateContent, recipients: [kept!, suppressed!] }));
    await queueSignIn(suppressed!.email);
    await waitFor(
      async () => {
        const rows = await db().select().from(emailMessages).where(eq(emailMessages.broadcastId, broadcastId));
        return rows.every((row) => row.status === "sent" || row.status === "suppressed") && delivered(suppressed!.email).length === 1;
      },
      20_000,
      "broadcast and confirmation done",
    );
    expect(delivered(kept!.email)).toHaveLength(1);
    expect(delivered(suppressed!.email).map((email) => email.subject)).toEqual(["Votre lien de connexion à Chorus"]);
    const [row] = await db()
      .select()
      .from(emailMessages)
      .where(and(eq(emailMessages.broadcastId, broadcastId), eq(emailMessages.supporterId, suppressed!.supporterId)));
    expect(row?.status).toBe("suppressed");
  });

  it("gives bulk mail a one-click unsubscribe that works without cookies and sticks", async () => {
    const [reader] = await createSubscribers(db(), 1);
    const prefix = `update/${uniqueSuffix()}`;
    await runInTransaction((tx) => queueBroadcast(tx, { idempotencyPrefix: prefix, content: updateContent, recipients: [reader!] }));
    const email = await waitFor(async () => delivered(reader!.email)[0], 20_000, "the update");
    expect(email.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const target = /<(https:\/\/act\.privatefaces\.example\/api\/unsubscribe\/[^>]+)>/.exec(email.headers?.["List-Unsubscribe"] ?? "")?.[1];
    expect(target).toBeDefined();
    expect(email.html).toContain("PO Box 4120, Station A, Ottawa ON K1P 5B2");
    expect(email.html).toContain(reader!.name);
    expect(email.text).toMatch(/unsubscribe|désabonner/i);

    const token = target!.split("/").pop()!;
    const response = await oneClick(new Request(target!, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }), { params: Promise.resolve({ token }) });
    expect(response.status).toBe(200);
    const [supporter] = await db().select().from(supporters).where(eq(supporters.id, reader!.supporterId));
    expect(supporter?.subscriptionStatus).toBe("unsubscribed");
    const withdrawals = await db().select().from(consentRecords).where(eq(consentRecords.supporterId, reader!.supporterId));
    expect(withdrawals).toEqual([expect.objectContaining({ purpose: "updates", action: "withdrawn", source: "List-Unsubscribe-Post" })]);

    const { broadcastId } = await runInTransaction((tx) => queueBroadcast(tx, { idempotencyPrefix: `${prefix}-next`, content: updateContent, recipients: [reader!] }));
    await waitFor(async () => (await db().select().from(emailMessages).where(eq(emailMessages.broadcastId, broadcastId)))[0]?.status === "suppressed", 20_000, "suppressed");
    expect(delivered(reader!.email)).toHaveLength(1);
  });

  it("refuses a forged unsubscribe token", async () => {
    const response = await oneClick(new Request("https://x/api/unsubscribe/forged.token", { method: "POST" }), { params: Promise.resolve({ token: "forged.token" }) });
    expect(response.status).toBe(400);
  });
});
