import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailMessages, emailSuppressions, signatures } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { canonicalEmail } from "@/server/mail/canonical";
import { renderEmail } from "@/server/mail/render-email";
import { confirmSignature } from "@/server/signatures/confirm-signature";
import { getConfirmationLink } from "@/server/signatures/get-confirmation-link";
import { visitorContext } from "@/server/context";
import { signPetition } from "@/server/signatures/sign-petition";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { latestConfirmationToken, person, visitor } from "./support/signing";

beforeAll(async () => {
  await seedDemo(db());
});

const web = { source: "/fr/campagnes/test" };
const sender = { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" };
const alreadySignedTo = (email: string) =>
  db()
    .select()
    .from(emailMessages)
    .where(and(eq(emailMessages.kind, "already-signed"), eq(emailMessages.canonicalTo, canonicalEmail(email))));

describe("signing again after confirming", () => {
  it("answers the page as for anyone, and emails the signer once a day, in the form's language, with the next step", async () => {
    const campaign = await createCampaign(db(), { lettersEnabled: true });
    const email = `again-${uniqueSuffix()}@example.org`;
    const first = await signPetition(visitor, campaign.slug, person(email, { name: "Noor Haddad" }), web);
    expect((await confirmSignature(visitor, (await latestConfirmationToken(email))!)).ok).toBe(true);

    // Someone signs with that address again, from the French form: the same answer as a first signature.
    for (let i = 0; i < 3; i++) expect(await signPetition(visitor, campaign.slug, person(email, { name: "Quelqu’un", locale: "fr" }), web)).toEqual(first);
    const sent = await alreadySignedTo(email);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ locale: "fr", category: "transactional", toAddress: email });

    const rendered = await renderEmail("already-signed", sent[0]!.props, { locale: "fr", sender });
    expect(rendered.subject).toBe(`Vous avez déjà signé\u00a0: ${campaign.titleFr}`);
    expect(rendered.text).toContain("Bonjour Noor Haddad,");
    expect(rendered.text).toContain("votre signature était déjà confirmée");
    expect(rendered.html).toContain(`/fr/campagnes/${campaign.slug}/ecrire`);
    // Nothing new was counted or stored for the repeats.
    expect(await db().select().from(signatures).where(eq(signatures.campaignId, campaign.id))).toHaveLength(1);
  });

  it("offers sharing when the campaign has no letters, and writes nothing to an address that bounced", async () => {
    const campaign = await createCampaign(db());
    const email = `share-${uniqueSuffix()}@example.org`;
    await signPetition(visitor, campaign.slug, person(email), web);
    await confirmSignature(visitor, (await latestConfirmationToken(email))!);
    await signPetition(visitor, campaign.slug, person(email), web);
    const [message] = await alreadySignedTo(email);
    const rendered = await renderEmail("already-signed", message!.props, { locale: "en", sender });
    expect(rendered.subject).toBe(`You have already signed: ${campaign.titleEn}`);
    expect(rendered.text).toContain("Share the petition");
    expect(rendered.html).toContain(`/en/campaigns/${campaign.slug}"`);

    const bounced = `bounced-${uniqueSuffix()}@example.org`;
    await signPetition(visitor, campaign.slug, person(bounced), web);
    await confirmSignature(visitor, (await latestConfirmationToken(bounced))!);
    await db()
      .insert(emailSuppressions)
      .values({ address: canonicalEmail(bounced), reason: "bounced", detail: "test" });
    await signPetition(visitor, campaign.slug, person(bounced), web);
    expect(await alreadySignedTo(bounced)).toHaveLength(0);
  });

  it("sends no more than twenty an hour on behalf of one visitor", async () => {
    const campaign = await createCampaign(db());
    const oneVisitor = visitorContext(`ip-${uniqueSuffix()}`);
    const emails = Array.from({ length: 22 }, () => `listed-${uniqueSuffix()}@example.org`);
    for (const email of emails) {
      await signPetition(visitor, campaign.slug, person(email), web);
      await confirmSignature(visitor, (await latestConfirmationToken(email))!);
    }
    for (const email of emails) await signPetition(oneVisitor, campaign.slug, person(email), { source: "/en/campaigns/test" });
    const sent = await Promise.all(emails.map(alreadySignedTo));
    expect(sent.filter((rows) => rows.length === 1)).toHaveLength(20);
  });

  it("answers thirty confirmed signers signing again at once, each emailed once, with the pool still free afterwards", async () => {
    const campaign = await createCampaign(db());
    const emails = Array.from({ length: 30 }, () => `crowd-${uniqueSuffix()}@example.org`);
    for (const email of emails) {
      await signPetition(visitor, campaign.slug, person(email), web);
      await confirmSignature(visitor, (await latestConfirmationToken(email))!);
    }
    // Each from a visitor of its own, as after a newsletter: the process's pool has ten connections.
    const crowd = Promise.all(emails.map((email) => signPetition(visitorContext(`ip-${uniqueSuffix()}`), campaign.slug, person(email), web)));
    const stuck = new Promise<"stuck">((resolve) => setTimeout(() => resolve("stuck"), 15_000));
    const answers = await Promise.race([crowd, stuck]);
    expect(answers).not.toBe("stuck");
    expect((answers as unknown[]).length).toBe(30);
    const sent = await Promise.all(emails.map(alreadySignedTo));
    expect(sent.filter((rows) => rows.length === 1)).toHaveLength(30);
  }, 60_000);
});

describe("the confirmation link's page", () => {
  it("names the petition in the page's language, and tells a used link from a waiting or expired one", async () => {
    const campaign = await createCampaign(db());
    const email = `link-${uniqueSuffix()}@example.org`;
    await signPetition(visitor, campaign.slug, person(email), web);
    const token = (await latestConfirmationToken(email))!;
    expect(await getConfirmationLink(visitor, token, "fr")).toMatchObject({ status: "pending", slug: campaign.slug, title: campaign.titleFr, details: { name: "Alex Martin" } });
    await confirmSignature(visitor, token);
    expect(await getConfirmationLink(visitor, token, "en")).toEqual({ status: "confirmed", slug: campaign.slug, title: campaign.titleEn });

    const late = `late-${uniqueSuffix()}@example.org`;
    await signPetition(visitor, campaign.slug, person(late), web);
    await db()
      .update(signatures)
      .set({ confirmTokenExpiresAt: sql`now() - interval '1 minute'` })
      .where(eq(signatures.email, late));
    expect((await getConfirmationLink(visitor, (await latestConfirmationToken(late))!, "en")).status).toBe("expired");
    expect(await getConfirmationLink(visitor, "not-a-token-that-exists-anywhere", "en")).toEqual({ status: "invalid" });
  });
});
