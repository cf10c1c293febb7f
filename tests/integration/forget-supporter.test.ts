import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { consentRecords, emailMessages, emailSuppressions, forgottenSubjects, letters, rateLimitHits, signatures, supporters, webhookEvents, writerLinks } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { env } from "@/lib/env";
import { subjectHash } from "@/lib/subject-hash";
import { systemContext, transaction } from "@/server/context";
import { canonicalEmail } from "@/server/mail/canonical";
import { eraseSupporter } from "@/server/privacy/erase-supporter";
import { forgetSupporter } from "@/server/privacy/forget-supporter";
import { bucketKey } from "@/server/rate-limit/hit-window";
import { confirmSignature } from "@/server/signatures/confirm-signature";
import { reconcileTallies } from "@/server/signatures/reconcile-tallies";
import { signPetition } from "@/server/signatures/sign-petition";
import { createCampaign, createSupporter, uniqueSuffix } from "../support/factories";
import { latestConfirmationToken, person, visitor } from "./support/signing";
import { tally } from "./support/tallies";

const web = { source: "/en/campaigns/test" };
const forget = (id: string, suppress: boolean) => transaction(systemContext("test"), (tx) => forgetSupporter(tx, id, { suppress }));

beforeAll(async () => {
  await seedDemo(db());
});

/** One person who confirmed a signature on one campaign (subscribing) and left another pending. */
async function signer(name: string, local: string) {
  // A +tag and capitals: the canonical address differs from the one typed.
  const email = `${local}.${uniqueSuffix()}+petitions@Example.org`;
  const [confirmed, pending] = [await createCampaign(db()), await createCampaign(db())];
  await signPetition(visitor, confirmed.slug, person(email, { name, postalCode: "T0L 1K0", province: "AB", subscribe: true }), web);
  const result = await confirmSignature(visitor, (await latestConfirmationToken(email.trim()))!);
  if (!result.ok) throw new Error("not confirmed");
  await signPetition(visitor, pending.slug, person(email, { name, postalCode: "T0L 1K0", province: "AB" }), web);
  return { email, canonical: canonicalEmail(email), supporterId: result.supporterId, confirmed, pending };
}

describe("forgetSupporter", () => {
  it("removes the person from every row that named them and keeps every count", async () => {
    const name = `Rosalind Vexley ${uniqueSuffix()}`;
    const { email, canonical, supporterId, confirmed, pending } = await signer(name, "Rosalind.Vexley");
    const [message] = await db().select().from(emailMessages).where(eq(emailMessages.supporterId, supporterId)).limit(1);
    await db()
      .update(emailMessages)
      .set({ providerId: `re_${uniqueSuffix()}`, lastError: `rejected ${email}` })
      .where(eq(emailMessages.id, message!.id));
    const [withProvider] = await db().select().from(emailMessages).where(eq(emailMessages.id, message!.id));
    await db()
      .insert(webhookEvents)
      .values([
        { id: `msg_${uniqueSuffix()}`, type: "email.delivered", payload: { data: { email_id: withProvider!.providerId, to: ["someone"] } } },
        { id: `msg_${uniqueSuffix()}`, type: "email.opened", payload: { data: { email_id: "re_other", to: [email] } } },
      ]);
    await db()
      .insert(rateLimitHits)
      .values({ bucket: `writer-link:email:${bucketKey(canonical)}`, windowStart: new Date(), hits: 2 });
    await db().insert(emailSuppressions).values({ address: canonical, reason: "unsubscribed" }).onConflictDoNothing();
    await db()
      .insert(writerLinks)
      .values({ tokenHash: `t-${uniqueSuffix()}`, supporterId, campaignId: confirmed.id, expiresAt: new Date(Date.now() + 3600_000) });
    const before = { total: await tally(confirmed.id, "total", ""), alberta: await tally(confirmed.id, "province", "AB") };

    const counts = await forget(supporterId, true);

    expect(counts).toMatchObject({ supporters: 1, signatures_deleted: 1, signatures_anonymised: 1, webhook_events: 2, rate_limit_hits: 1, email_suppressions: 1, writer_links: 1, forgotten_subjects: 1 });
    expect(await db().select().from(supporters).where(eq(supporters.id, supporterId))).toEqual([]);
    expect(await db().select().from(signatures).where(eq(signatures.campaignId, pending.id))).toEqual([]);
    const [kept] = await db().select().from(signatures).where(eq(signatures.campaignId, confirmed.id));
    expect(kept).toMatchObject({ supporterId: null, state: "confirmed", name: "", email: "", postalCode: null, province: "AB", ipHash: null, canonicalEmail: `forgotten:${kept!.id}` });
    expect({ total: await tally(confirmed.id, "total", ""), alberta: await tally(confirmed.id, "province", "AB") }).toEqual(before);
    // Reconciliation counts the anonymous row as the tallies do: nothing to correct.
    expect((await reconcileTallies(systemContext("test"))).filter((fix) => fix.campaignId === confirmed.id)).toEqual([]);

    const [mail] = await db().select().from(emailMessages).where(eq(emailMessages.id, message!.id));
    expect(mail).toMatchObject({ toAddress: "forgotten", canonicalTo: "forgotten", toName: null, props: null, sealedProps: null, lastError: null, supporterId: null, kind: withProvider!.kind });
    expect(
      await db()
        .select()
        .from(emailMessages)
        .where(sql`lower(${emailMessages.toAddress}) = ${email.toLowerCase()} or ${emailMessages.canonicalTo} = ${canonical}`),
    ).toEqual([]);
    const hooks = await db()
      .select()
      .from(webhookEvents)
      .where(sql`position(${canonical} in lower(${webhookEvents.payload}::text)) > 0 or position(${email.toLowerCase()} in lower(${webhookEvents.payload}::text)) > 0 or ${webhookEvents.payload}::text like ${`%${withProvider!.providerId}%`}`);
    expect(hooks).toEqual([]);

    const hash = subjectHash(env().AUTH_SECRET, canonical);
    const proof = await db().select().from(consentRecords).where(eq(consentRecords.subjectHash, hash));
    expect(proof.map((row) => row.purpose).sort()).toEqual(["petition", "updates"]);
    expect(proof.every((row) => row.supporterId === null && row.ipHash === null)).toBe(true);
    expect(await db().select().from(emailSuppressions).where(eq(emailSuppressions.address, canonical))).toEqual([]);
    expect(await db().select().from(forgottenSubjects).where(eq(forgottenSubjects.subjectHash, hash))).toHaveLength(1);

    // The same person may sign the same campaign again: the unique address key is free.
    await signPetition(visitor, confirmed.slug, person(email, { name }), web);
    expect(await db().select().from(signatures).where(eq(signatures.campaignId, confirmed.id))).toHaveLength(2);
  });

  it("keeps no hash when retention forgets someone who asked for nothing, and answers null for no one", async () => {
    const { canonical, supporterId } = await signer(`Odile Marchetti ${uniqueSuffix()}`, "Odile.Marchetti");
    expect(await forget(supporterId, false)).toMatchObject({ supporters: 1, forgotten_subjects: 0 });
    expect(
      await db()
        .select()
        .from(forgottenSubjects)
        .where(eq(forgottenSubjects.subjectHash, subjectHash(env().AUTH_SECRET, canonical))),
    ).toEqual([]);
    expect(await forget(supporterId, false)).toBeNull();
    // The verb the pages call says "gone" for no one, or for something that is not an id at all.
    expect(await eraseSupporter(systemContext("test"), supporterId, "organiser")).toEqual({ ok: false, error: "gone" });
    expect(await eraseSupporter(systemContext("test"), "not-a-supporter", "supporter")).toEqual({ ok: false, error: "gone" });
  });

  it("deletes a letter whose digest was not sent yet, puts the other writers' letters of that digest back in line, and clears a stray digest quoting her", async () => {
    const { supporterId, confirmed, email } = await signer(`Rosalind Vexley ${uniqueSuffix()}`, "Rosalind.Digest");
    const other = await createSupporter(db(), { name: "Tobias Nakamura" });
    const targetKey = `fixed:${uniqueSuffix()}`;
    const message = async (status: "queued" | "sent") => {
      const [row] = await db()
        .insert(emailMessages)
        .values({
          idempotencyKey: `letter-digest/${uniqueSuffix()}`,
          kind: "letter-digest",
          category: "letter",
          template: "letter-digest",
          props: { letters: [{ supporterName: "Rosalind Vexley" }, { supporterName: "Tobias Nakamura" }] },
          toAddress: "commissioner@opc.example",
          canonicalTo: "commissioner@opc.example",
          status,
        })
        .returning();
      return row!;
    };
    const [unsent, sent] = [await message("queued"), await message("sent")];
    // A digest that failed, whose letters were later gathered into another: no letter points at it.
    const [stray] = await db()
      .insert(emailMessages)
      .values({
        idempotencyKey: `letter-digest/${uniqueSuffix()}`,
        kind: "letter-digest",
        category: "letter",
        template: "letter-digest",
        props: { letters: [{ supporterName: "Rosalind Vexley", supporterEmail: email }] },
        toAddress: "commissioner@opc.example",
        canonicalTo: "commissioner@opc.example",
        status: "failed",
      })
      .returning();
    const letter = (writer: string, emailMessageId: string, key = targetKey) => ({
      campaignId: confirmed.id,
      supporterId: writer,
      targetKey: key,
      toName: "Commissioner",
      toAddress: "commissioner@opc.example",
      subject: "Support a moratorium",
      body: "In my own words.",
      personalised: true,
      locale: "en" as const,
      state: "handed_over" as const,
      handedOverAt: new Date(),
      emailMessageId,
    });
    const [hers, theirs, earlier] = await db()
      .insert(letters)
      .values([letter(supporterId, unsent.id), letter(other.id, unsent.id), letter(supporterId, sent.id, `${targetKey}-2`)])
      .returning();

    await forget(supporterId, true);

    expect(await db().select().from(letters).where(eq(letters.id, hers!.id))).toEqual([]);
    expect((await db().select().from(letters).where(eq(letters.id, theirs!.id)))[0]).toMatchObject({ supporterId: other.id, state: "queued", emailMessageId: null, body: "In my own words." });
    expect((await db().select().from(letters).where(eq(letters.id, earlier!.id)))[0]).toMatchObject({ supporterId: null, state: "handed_over", body: "", emailMessageId: sent.id });
    expect((await db().select().from(emailMessages).where(eq(emailMessages.id, unsent.id)))[0]).toMatchObject({ status: "suppressed", props: null });
    expect((await db().select().from(emailMessages).where(eq(emailMessages.id, sent.id)))[0]).toMatchObject({ status: "sent", props: null, toAddress: "commissioner@opc.example" });
    const [job] = await db().execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = 'letters.digest' and data ->> 'targetKey' = ${targetKey}`);
    expect(job!.n).toBe(1);
    expect((await db().select().from(emailMessages).where(eq(emailMessages.id, stray!.id)))[0]).toMatchObject({ status: "failed", props: null, toAddress: "commissioner@opc.example" });
  });
});
