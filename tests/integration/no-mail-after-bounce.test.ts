import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as webhook } from "@/app/api/webhooks/resend/route";
import { db } from "@/db/client";
import { emailMessages, emailSuppressions } from "@/db/schema";
import { runInTransaction } from "@/db/transaction";
import { canonicalEmail } from "@/server/mail/canonical";
import { env } from "@/lib/env";
import { preferencesToken } from "@/server/mail/links";
import { queueEmail } from "@/server/mail/queue-email";
import { visitorContext } from "@/server/context";
import { unsubscribeSupporter } from "@/server/mail/unsubscribe-supporter";
import { signPetition } from "@/server/signatures/sign-petition";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { waitFor } from "./support/mail-env";
import { mailWorkerHarness } from "./support/mail-harness";
import { person, visitor } from "./support/signing";
import { webhookDelivery } from "./support/webhook";

/*
 * An address that hard-bounced or complained gets no more mail of any kind, asked for or not;
 * the signer still sees the usual answer, and the email log shows the message as suppressed.
 */

const mail = mailWorkerHarness(2);

const web = { source: "/en/campaigns/test" };
const received = (address: string) =>
  mail
    .stub()
    .emails()
    .filter((email) => email.to.some((to) => to.includes(address)));

/** The newest confirmation email to the address other than `except`, once the worker has handled it. */
async function settledConfirmation(address: string, except?: string) {
  return waitFor(
    async () => {
      const [row] = await db()
        .select()
        .from(emailMessages)
        .where(and(eq(emailMessages.toAddress, address), eq(emailMessages.kind, "confirm-signature")))
        .orderBy(desc(emailMessages.createdAt))
        .limit(1);
      return row && row.id !== except && row.status !== "queued" && row.status !== "sending" ? row : null;
    },
    20_000,
    `confirmation to ${address} handled`,
  );
}

describe("mail to an address that bounced or complained", () => {
  for (const type of ["email.bounced", "email.complained"] as const) {
    it(`sends no confirmation after Resend reports ${type}, and answers the signer as usual`, async () => {
      const [first, second] = [await createCampaign(db()), await createCampaign(db())];
      const email = `bouncing-${uniqueSuffix()}@example.org`;
      expect(await signPetition(visitor, first.slug, person(email), web)).toEqual({ ok: true });
      const sent = await settledConfirmation(email);
      expect(sent.status).toBe("sent");
      expect(received(email)).toHaveLength(1);

      expect((await webhook(webhookDelivery(type, sent.providerId!, email))).status).toBe(200);

      expect(await signPetition(visitor, second.slug, person(email), web)).toEqual({ ok: true });
      const skipped = await settledConfirmation(email, sent.id);
      expect(skipped.status).toBe("suppressed");
      expect(received(email)).toHaveLength(1);
    });
  }

  it("sends no sign-in link either, and a bounce after an unsubscribe stops transactional mail too", async () => {
    const email = `left-${uniqueSuffix()}@example.org`;
    const signed = await createCampaign(db());
    await signPetition(visitor, signed.slug, person(email, { subscribe: true }), web);
    const confirmation = await settledConfirmation(email);
    // Unsubscribing stops news only: the address stays reachable for what its owner asks for.
    expect(await unsubscribeSupporter(visitorContext("one-click"), preferencesToken(env().AUTH_SECRET, confirmation.supporterId!), "one-click")).toMatchObject({ ok: true });
    expect((await webhook(webhookDelivery("email.bounced", confirmation.providerId!, email))).status).toBe(200);
    const [suppression] = await db()
      .select()
      .from(emailSuppressions)
      .where(eq(emailSuppressions.address, canonicalEmail(email)));
    expect(suppression?.reason).toBe("bounced");

    const { messageId } = await runInTransaction((tx) =>
      queueEmail(tx, { category: "transactional", template: "sign-in-link", props: { url: "https://act.privatefaces.example/api/auth/callback/resend?token=t" }, locale: "en", to: email, idempotencyKey: `sign-in/${uniqueSuffix()}` }),
    );
    const [row] = await waitFor(
      async () => {
        const rows = await db().select().from(emailMessages).where(eq(emailMessages.id, messageId));
        return rows[0]?.status === "suppressed" || rows[0]?.status === "sent" ? rows : null;
      },
      20_000,
      "sign-in link handled",
    );
    expect(row?.status).toBe("suppressed");
    expect(received(email)).toHaveLength(1);
  });
});
