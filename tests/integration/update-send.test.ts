import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { campaignUpdates, emailBroadcasts, emailMessages } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { countAudience } from "@/server/audience/count-audience";
import { sendUpdate } from "@/server/updates/email/send-update";
import { listUpdateSends } from "@/server/updates/email/list-update-sends";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { startResendStub, type ResendStub } from "../support/resend-stub/server";
import { configureMail, dropWaitingMailJobs, waitFor } from "./support/mail-env";
import { createStaffMember, staffContextOf, type StaffMember } from "./support/signed-in";
import { spawnWorker, type WorkerProcess } from "./support/worker-process";

const OPTED_IN = 2_000;
let stub: ResendStub;
let worker: WorkerProcess | undefined;
let organiser: StaffMember;
let viewer: StaffMember;

beforeAll(async () => {
  stub = await startResendStub();
  configureMail(stub.url);
  await seedDemo(db());
  await dropWaitingMailJobs(db());
  organiser = await createStaffMember(db(), "organiser");
  viewer = await createStaffMember(db(), "viewer");
});

afterAll(async () => {
  await worker?.stop();
  await stub?.close();
});

/** A crowd of a campaign's confirmed signers: who opted in, and who must not be written to. */
async function crowd(campaignId: string, tag: string) {
  const groups = { in: OPTED_IN, none: 150, unsubscribed: 100, suppressed: 100, muted: 100 };
  for (const [group, count] of Object.entries(groups)) {
    await db().execute(sql`
      insert into supporters (email, canonical_email, name, locale, subscription_status)
      select ${`${tag}-${group}-`} || i || '@example.org', ${`${tag}-${group}-`} || i || '@example.org', 'Reader ' || i,
             (case when i % 3 = 0 then 'fr' else 'en' end)::locale,
             (case ${group} when 'none' then 'none' when 'unsubscribed' then 'unsubscribed' else 'subscribed' end)::subscription_status
      from generate_series(1, ${count}::int) as i`);
  }
  await db().execute(sql`
    insert into signatures (campaign_id, supporter_id, state, name, email, canonical_email, postal_code, country, province, locale, confirmed_at, source)
    select ${campaignId}, id, 'confirmed', name, email, canonical_email, 'K1A 0A6', 'CA', 'ON', locale, now(), 'test'
    from supporters where email like ${`${tag}-%`}`);
  await db().execute(sql`insert into email_suppressions (address, reason) select canonical_email, 'bounced' from supporters where email like ${`${tag}-suppressed-%`}`);
  await db().execute(sql`insert into campaign_mutes (supporter_id, campaign_id) select id, ${campaignId} from supporters where email like ${`${tag}-muted-%`}`);
}

/** A published update citing two findings of the library. */
async function publishedUpdate(campaignId: string, tag: string): Promise<string> {
  for (const n of [1, 2]) {
    await db().execute(sql`
      insert into findings (id, date, sort_date, kind, binding, jurisdictions, issuers, file_numbers, tags, actors, related, title_en, title_fr, summary_en, importance)
      values (${`2021-0${n}-03--send-test-${tag}`}, ${`2021-0${n}-03`}, ${`2021-0${n}-03`}, 'finding', false, '{CA}', '{}', '{}', '{}', '{}', '{}',
              ${`Finding number ${n}`}, ${`Constat numéro ${n}`}, 'A record.', 5)`);
  }
  const [update] = await db()
    .insert(campaignUpdates)
    .values({
      campaignId,
      status: "published",
      publishedAt: sql`now()`,
      titleEn: "Two regulators, one conclusion",
      titleFr: "Deux régulateurs, une conclusion",
      bodyEn: `The federal finding[[cite:2021-01-03--send-test-${tag}]] and the later one[[cite:2021-02-03--send-test-${tag}]] agree.`,
      bodyFr: `Le constat fédéral[[cite:2021-01-03--send-test-${tag}]] et le suivant[[cite:2021-02-03--send-test-${tag}]] concordent.`,
    })
    .returning({ id: campaignUpdates.id });
  return update!.id;
}

describe("emailing an update", () => {
  it("reaches each opted-in signer exactly once, in their language, with both citations, and nobody else", { timeout: 120_000 }, async () => {
    const tag = `send${uniqueSuffix()
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "")}`;
    const campaign = await createCampaign(db());
    await crowd(campaign.id, tag);
    const updateId = await publishedUpdate(campaign.id, tag);

    // Another broadcast's failed message must not count in this update's progress.
    const [other] = await db().insert(emailBroadcasts).values({ kind: "other", rendered: {} }).returning();
    await db()
      .insert(emailMessages)
      .values({ idempotencyKey: `other/${tag}`, kind: "other", category: "bulk", broadcastId: other!.id, toAddress: "other@example.org", canonicalTo: "other@example.org", status: "failed" });

    expect(await sendUpdate(staffContextOf(viewer), { updateId, scope: "signers", expected: OPTED_IN }).catch((error: Error) => error.name)).toBe("Refused");
    // The organiser confirmed a number that is no longer true: nothing goes.
    expect(await sendUpdate(staffContextOf(organiser), { updateId, scope: "signers", expected: OPTED_IN + 1 })).toEqual({ ok: false, error: "countChanged", count: OPTED_IN });
    expect(await sendUpdate(staffContextOf(organiser), { updateId, scope: "signers", expected: OPTED_IN })).toEqual({ ok: true, recipients: OPTED_IN });
    // Recorded at once, prepared by the worker.
    expect(await listUpdateSends(staffContextOf(organiser), updateId)).toMatchObject([{ audience: OPTED_IN, preparing: true, remaining: OPTED_IN }]);

    worker = await spawnWorker({
      RESEND_API_KEY: "re_integration_test",
      RESEND_BASE_URL: stub.url,
      MAIL_FROM: "Private Faces Coalition <campaigns@privatefaces.example>",
      MAIL_RATE_PER_SECOND: "500",
      QUEUE_MAINTENANCE_SECONDS: "1",
      WORKER_CONCURRENCY: "4",
      APP_URL: "https://act.privatefaces.example",
    });
    const ours = () => stub.emails().filter((email) => email.to.some((to) => to.includes(`${tag}-`)));
    await waitFor(async () => ours().length >= OPTED_IN, 90_000, `${OPTED_IN} updates at the stub`);
    await waitFor(async () => (await listUpdateSends(staffContextOf(organiser), updateId))[0]?.remaining === 0 || null, 30_000, "the send's progress to reach zero");

    const perAddress = new Map<string, number>();
    for (const email of ours()) for (const to of email.to) perAddress.set(/<([^>]+)>/.exec(to)?.[1] ?? to, (perAddress.get(/<([^>]+)>/.exec(to)?.[1] ?? to) ?? 0) + 1);
    expect(perAddress.size).toBe(OPTED_IN);
    expect([...perAddress.keys()].every((address) => address.startsWith(`${tag}-in-`))).toBe(true);
    expect([...perAddress.values()].every((n) => n === 1)).toBe(true);

    const english = ours().find((email) => email.to.some((to) => to.includes(`${tag}-in-1@`)))!;
    expect(english.subject).toBe("Two regulators, one conclusion");
    expect(english.html).toContain(`href="https://act.privatefaces.example/en/findings/2021-01-03--send-test-${tag}"`);
    expect(english.text).toMatch(/Sources[\s\S]*1\. Finding number 1[\s\S]*2\. Finding number 2/);
    const french = ours().find((email) => email.to.some((to) => to.includes(`${tag}-in-3@`)))!;
    expect(french.subject).toBe("Deux régulateurs, une conclusion");
    expect(french.html).toContain(`/fr/constats/2021-02-03--send-test-${tag}`);

    // Sending again to everyone subscribed adds no second copy for those who have it.
    const expected = await countAudience(staffContextOf(organiser), { campaignId: campaign.id, scope: "subscribers" });
    const everyone = await sendUpdate(staffContextOf(organiser), { updateId, scope: "subscribers", expected });
    expect(everyone.ok).toBe(true);
    await waitFor(async () => (await listUpdateSends(staffContextOf(organiser), updateId)).every((send) => !send.preparing) || null, 30_000, "the second send to be prepared");
    const again = await db().execute<{ n: number }>(sql`select count(*)::int as n from email_messages where idempotency_key like ${`update/${updateId}/%`}`);
    expect(Number(again[0]!.n)).toBeGreaterThanOrEqual(OPTED_IN);
    const [duplicates] = await db().execute<{ n: number }>(sql`
      select count(*)::int as n from (select to_address from email_messages where idempotency_key like ${`update/${updateId}/%`} group by to_address having count(*) > 1) d`);
    expect(Number(duplicates!.n)).toBe(0);
  });
});
