import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailMessages, forgottenSubjects } from "@/db/schema";
import { runInTransaction } from "@/db/transaction";
import { env } from "@/lib/env";
import { subjectHash } from "@/lib/subject-hash";
import { systemContext, transaction } from "@/server/context";
import { canonicalEmail } from "@/server/mail/canonical";
import { queueBroadcast } from "@/server/mail/queue-broadcast";
import { forgetSupporter } from "@/server/privacy/forget-supporter";
import { confirmSignature } from "@/server/signatures/confirm-signature";
import { signPetition } from "@/server/signatures/sign-petition";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { waitFor } from "./support/mail-env";
import { mailWorkerHarness } from "./support/mail-harness";
import { updateContent } from "./support/people";
import { person, visitor } from "./support/signing";

/*
 * After an erasure the address is known only by its keyed hash: no update reaches it, though
 * mail its owner asks for (a confirmation link when they sign again) still does. Opting in to
 * updates again, confirmed, lifts it, as it lifts an unsubscribe.
 */

const mail = mailWorkerHarness(2);
const web = { source: "/en/campaigns/test" };
const settled = (status: string | undefined) => status !== undefined && status !== "queued" && status !== "sending";

async function signAndConfirm(email: string, subscribe: boolean): Promise<{ supporterId: string; confirmation: string }> {
  const campaign = await createCampaign(db());
  await signPetition(visitor, campaign.slug, person(email, { subscribe, name: "Perpetua Lindqvist" }), web);
  const confirmation = await waitFor(
    async () => {
      const [row] = await db()
        .select()
        .from(emailMessages)
        .where(and(eq(emailMessages.toAddress, email), eq(emailMessages.kind, "confirm-signature")))
        .orderBy(desc(emailMessages.createdAt))
        .limit(1);
      return row && settled(row.status) ? row.status : null;
    },
    20_000,
    "confirmation handled",
  );
  // The worker erases the sealed link once sent: the token is read from the mailbox, as its owner would.
  const inbox = mail
    .stub()
    .emails()
    .filter((sent) => sent.to.some((to) => to.toLowerCase().includes(email.toLowerCase())));
  const token = /\/confirm\/([\w-]+)/.exec(inbox.at(-1)?.text ?? "")?.[1];
  const result = await confirmSignature(visitor, token ?? "");
  if (!result.ok) throw new Error("not confirmed");
  return { supporterId: result.supporterId, confirmation };
}

/** Sends an update to this one supporter and says what became of it. */
async function updateTo(supporterId: string, email: string): Promise<string> {
  const prefix = `update/${uniqueSuffix()}`;
  await runInTransaction((tx) => queueBroadcast(tx, { idempotencyPrefix: prefix, content: updateContent, recipients: [{ supporterId, email, name: "Perpetua Lindqvist", locale: "en" }] }));
  return waitFor(
    async () => {
      const [row] = await db()
        .select({ status: emailMessages.status })
        .from(emailMessages)
        .where(eq(emailMessages.idempotencyKey, `${prefix}/${supporterId}`));
      return settled(row?.status) ? row!.status : null;
    },
    20_000,
    "update handled",
  );
}

describe("an erased address", () => {
  it("gets no update, still gets the confirmation it asks for, and a confirmed opt-in lifts the suppression", async () => {
    const email = `Perpetua.Lindqvist+${uniqueSuffix()}@example.org`;
    const hash = subjectHash(env().AUTH_SECRET, canonicalEmail(email));
    const first = await signAndConfirm(email, true);
    await transaction(systemContext("test"), (tx) => forgetSupporter(tx, first.supporterId, { suppress: true }));
    const delivered = () =>
      mail
        .stub()
        .emails()
        .filter((sent) => sent.to.some((to) => to.toLowerCase().includes("perpetua.lindqvist"))).length;
    const before = delivered();

    // Back without ticking the updates box: the link they asked for arrives, news does not.
    const again = await signAndConfirm(email, false);
    expect(again.confirmation).toBe("sent");
    expect(await updateTo(again.supporterId, email)).toBe("suppressed");
    expect(delivered()).toBe(before + 1);

    // Asking for updates again, and confirming it, is a fresh consent: the erasure no longer stops them.
    const third = await signAndConfirm(email, true);
    expect(third.supporterId).toBe(again.supporterId);
    expect(await db().select().from(forgottenSubjects).where(eq(forgottenSubjects.subjectHash, hash))).toEqual([]);
    expect(await updateTo(third.supporterId, email)).toBe("sent");
  });
});
