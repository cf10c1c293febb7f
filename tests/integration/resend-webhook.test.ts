import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/resend/route";
import { db } from "@/db/client";
import { consentRecords, emailMessages, emailSuppressions, supporters } from "@/db/schema";
import { canonicalEmail } from "@/server/mail/canonical";
import { createSupporter, uniqueSuffix } from "../support/factories";
import { configureMail } from "./support/mail-env";
import { webhookDelivery } from "./support/webhook";

beforeAll(() => {
  configureMail("http://127.0.0.1:9");
});

async function sentMessage(to: string) {
  const providerId = `re_${uniqueSuffix()}`;
  const [row] = await db()
    .insert(emailMessages)
    .values({ idempotencyKey: `hook/${providerId}`, kind: "update", category: "bulk", template: "campaign-update", toAddress: to, canonicalTo: canonicalEmail(to), status: "sent", providerId })
    .returning();
  return row!;
}

const delivery = webhookDelivery;

const statusOf = async (id: string) => (await db().select().from(emailMessages).where(eq(emailMessages.id, id)))[0]?.status;

describe("POST /api/webhooks/resend", () => {
  it("applies a signed bounce once: message bounced, address suppressed, supporter marked", async () => {
    const supporter = await createSupporter(db(), { subscriptionStatus: "subscribed" });
    const message = await sentMessage(supporter.email);
    const request = delivery("email.bounced", message.providerId!, supporter.email, { id: `msg_${uniqueSuffix()}` });
    const redelivery = request.clone();
    expect((await POST(request)).status).toBe(200);
    expect(await statusOf(message.id)).toBe("bounced");
    const [suppression] = await db().select().from(emailSuppressions).where(eq(emailSuppressions.address, supporter.canonicalEmail));
    expect(suppression?.reason).toBe("bounced");
    expect((await db().select().from(supporters).where(eq(supporters.id, supporter.id)))[0]?.subscriptionStatus).toBe("bounced");

    // Redelivered: acknowledged, and nothing is applied again.
    await db().update(emailMessages).set({ status: "sent" }).where(eq(emailMessages.id, message.id));
    const again = await POST(redelivery);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ duplicate: true });
    expect(await statusOf(message.id)).toBe("sent");
  });

  it("records a complaint as a suppression and a withdrawal of consent", async () => {
    const supporter = await createSupporter(db(), { subscriptionStatus: "subscribed" });
    const message = await sentMessage(supporter.email);
    expect((await POST(delivery("email.complained", message.providerId!, supporter.email))).status).toBe(200);
    expect(await statusOf(message.id)).toBe("complained");
    const records = await db().select().from(consentRecords).where(eq(consentRecords.supporterId, supporter.id));
    expect(records).toEqual([expect.objectContaining({ purpose: "updates", action: "withdrawn" })]);
  });

  it("marks a sent message delivered", async () => {
    const message = await sentMessage(`reader-${uniqueSuffix()}@example.org`);
    expect((await POST(delivery("email.delivered", message.providerId!, message.toAddress))).status).toBe(200);
    expect(await statusOf(message.id)).toBe("delivered");
  });

  it("rejects forged, altered, stale and unsigned events, changing nothing", async () => {
    const message = await sentMessage(`reader-${uniqueSuffix()}@example.org`);
    const forged = delivery("email.bounced", message.providerId!, message.toAddress, { secret: `whsec_${Buffer.from("someone-else").toString("base64")}` });
    expect((await POST(forged)).status).toBe(401);
    expect((await POST(delivery("email.bounced", message.providerId!, message.toAddress, { tamper: true }))).status).toBe(401);
    const stale = delivery("email.bounced", message.providerId!, message.toAddress, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect((await POST(stale)).status).toBe(400);
    const unsigned = new Request("https://x/api/webhooks/resend", { method: "POST", body: "{}" });
    expect((await POST(unsigned)).status).toBe(400);
    expect(await statusOf(message.id)).toBe("sent");
    expect(await db().select().from(emailSuppressions).where(eq(emailSuppressions.address, message.canonicalTo))).toEqual([]);
  });
});
