import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailMessages, writerLinks } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { unseal } from "@/lib/crypto/seal";
import { env } from "@/lib/env";
import { openWriterLink } from "@/server/letters/open-writer-link";
import { requestWriterLink } from "@/server/letters/request-writer-link";
import { confirmSignature } from "@/server/signatures/confirm-signature";
import { signPetition } from "@/server/signatures/sign-petition";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { latestConfirmationToken, person, visitor } from "./support/signing";

const web = { source: "/en/campaigns/test" };

beforeAll(async () => {
  await seedDemo(db());
});

/** The token in the newest writer-link email to this address, as the supporter's inbox has it. */
async function emailedToken(address: string): Promise<string | null> {
  const rows = await db()
    .select({ sealed: emailMessages.sealedProps })
    .from(emailMessages)
    .where(and(eq(emailMessages.kind, "writer-link"), eq(emailMessages.toAddress, address)))
    .orderBy(sql`${emailMessages.createdAt} desc`)
    .limit(1);
  const sealed = rows[0]?.sealed;
  return sealed ? (unseal<{ writeUrl: string }>(env().AUTH_SECRET, sealed).writeUrl.split("/").pop() ?? null) : null;
}

async function signedAndConfirmed(slug: string, email: string) {
  await signPetition(visitor, slug, person(email), web);
  await confirmSignature(visitor, (await latestConfirmationToken(email))!);
}

describe("writer links", () => {
  it("go only to confirmed signers of the campaign, work once, and answer everyone alike", async () => {
    const campaign = await createCampaign(db(), { lettersEnabled: true });
    const signer = `writer-${uniqueSuffix()}@example.org`;
    const pending = `pending-${uniqueSuffix()}@example.org`;
    const stranger = `stranger-${uniqueSuffix()}@example.org`;
    await signedAndConfirmed(campaign.slug, signer);
    await signPetition(visitor, campaign.slug, person(pending), web);

    // Another spelling of the signer's address finds them; the link goes to the address they signed with.
    for (const address of [signer.toUpperCase(), pending, stranger]) expect(await requestWriterLink(visitor, campaign.slug, "en", { email: address })).toEqual({ ok: true });
    expect(await emailedToken(pending)).toBeNull();
    expect(await emailedToken(stranger)).toBeNull();
    const token = await emailedToken(signer);
    expect(token).toBeTruthy();
    const [stored] = await db().select().from(writerLinks).where(eq(writerLinks.campaignId, campaign.id));
    expect(stored!.tokenHash).not.toContain(token!);

    const opened = await openWriterLink(visitor, token!);
    expect(opened).toEqual({ ok: true, supporterId: expect.any(String), campaignId: campaign.id });
    expect(await openWriterLink(visitor, token!)).toEqual({ ok: false, error: "expired" });
    expect(await openWriterLink(visitor, "not-a-real-token-at-all-0000")).toEqual({ ok: false, error: "expired" });
  });

  it("expire after a day, refuse nonsense and closed campaigns, and are limited per address", async () => {
    const campaign = await createCampaign(db(), { lettersEnabled: true });
    const signer = `expiring-${uniqueSuffix()}@example.org`;
    await signedAndConfirmed(campaign.slug, signer);
    await requestWriterLink(visitor, campaign.slug, "en", { email: signer });
    await db()
      .update(writerLinks)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(writerLinks.campaignId, campaign.id));
    expect(await openWriterLink(visitor, (await emailedToken(signer))!)).toEqual({ ok: false, error: "expired" });

    expect(await requestWriterLink(visitor, campaign.slug, "en", { email: "not an address" })).toEqual({ ok: false, error: "emailInvalid" });
    const closed = await createCampaign(db(), { lettersEnabled: false });
    expect(await requestWriterLink(visitor, closed.slug, "en", { email: signer })).toEqual({ ok: false, error: "closed" });
    // Three an hour per address (one was used above).
    expect(await requestWriterLink(visitor, campaign.slug, "en", { email: signer })).toEqual({ ok: true });
    expect(await requestWriterLink(visitor, campaign.slug, "en", { email: signer })).toEqual({ ok: true });
    expect(await requestWriterLink(visitor, campaign.slug, "en", { email: signer })).toEqual({ ok: false, error: "tooMany" });
  });
});
