import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { connect, db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { campaigns, consentRecords, consentTexts, signatures } from "@/db/schema";
import { env } from "@/lib/env";
import { createCampaign, createSignature, createSupporter } from "../support/factories";

describe("migrations", () => {
  it("can run from several processes at once and leave the schema as it was", async () => {
    const before = await db().execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    await Promise.all([1, 2, 3].map(() => migrateDatabase(env().DATABASE_URL)));
    const after = await db().execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(after[0]?.n).toBe(before[0]?.n);
    expect(Number(after[0]?.n)).toBeGreaterThanOrEqual(2);
  });

  it("creates every table of the first aggregates", async () => {
    const rows = await db().execute<{ table_name: string }>(sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`);
    expect(rows.map((row) => row.table_name)).toEqual(expect.arrayContaining(["accounts", "campaigns", "consent_records", "consent_texts", "organisation_settings", "sessions", "signatures", "supporters", "users", "verification_tokens"]));
  });
});

describe("constraints that protect supporters' data", () => {
  it("counts one signature per person per campaign", async () => {
    const campaign = await createCampaign(db());
    const supporter = await createSupporter(db());
    await createSignature(db(), { campaignId: campaign.id, supporterId: supporter.id, email: "Ana.Lopez@example.org", canonicalEmail: "analopez@example.org" });
    await expect(createSignature(db(), { campaignId: campaign.id, supporterId: supporter.id, email: "analopez+x@example.org", canonicalEmail: "analopez@example.org" })).rejects.toThrow();
    const rows = await db().select().from(signatures).where(eq(signatures.campaignId, campaign.id));
    expect(rows).toHaveLength(1);
  });

  it("keeps consent records append-only: a recorded consent cannot be rewritten", async () => {
    const campaign = await createCampaign(db());
    const supporter = await createSupporter(db());
    const [text] = await db().insert(consentTexts).values({ campaignId: campaign.id, purpose: "petition", version: 2, textEn: "I sign.", textFr: "Je signe.", textHash: "h1" }).returning();
    const [record] = await db().insert(consentRecords).values({ supporterId: supporter.id, purpose: "petition", action: "granted", consentTextId: text!.id, textHash: "h1", locale: "fr", source: "/fr/campagnes/x" }).returning();
    await expect(db().update(consentRecords).set({ action: "withdrawn" }).where(eq(consentRecords.id, record!.id))).rejects.toMatchObject({
      cause: expect.objectContaining({ message: expect.stringMatching(/append-only/) }),
    });
    const [unchanged] = await db().select().from(consentRecords).where(eq(consentRecords.id, record!.id));
    expect(unchanged?.action).toBe("granted");
  });

  it("rejects a malformed campaign slug and a non-positive goal", async () => {
    await expect(createCampaign(db(), { slug: "Not A Slug" })).rejects.toThrow();
    await expect(createCampaign(db(), { goal: 0 })).rejects.toThrow();
  });
});

describe("campaigns and consent wordings, which signatures refer to without locking", () => {
  const cause = (pattern: RegExp) => ({ cause: expect.objectContaining({ message: expect.stringMatching(pattern) }) });

  it("are never deleted, and a wording is never rewritten", async () => {
    const campaign = await createCampaign(db());
    await expect(db().delete(campaigns).where(eq(campaigns.id, campaign.id))).rejects.toMatchObject(cause(/never deleted/));
    const [wording] = await db().select().from(consentTexts).where(eq(consentTexts.campaignId, campaign.id));
    await expect(db().update(consentTexts).set({ textEn: "Changed after people agreed" }).where(eq(consentTexts.id, wording!.id))).rejects.toMatchObject(cause(/never rewritten/));
    await expect(db().delete(consentTexts).where(eq(consentTexts.id, wording!.id))).rejects.toMatchObject(cause(/never deleted/));
  });

  it("must exist before anything refers to them", async () => {
    const supporter = await createSupporter(db());
    const nowhere = "00000000-0000-4000-8000-000000000000";
    await expect(createSignature(db(), { campaignId: nowhere, supporterId: supporter.id })).rejects.toMatchObject(cause(/does not exist/));
    await expect(db().insert(consentRecords).values({ supporterId: supporter.id, purpose: "petition", action: "granted", consentTextId: nowhere, locale: "en", source: "test" })).rejects.toMatchObject(cause(/does not exist/));
  });
});

describe("a second pool on the same database", () => {
  it("sees what the first committed (no per-process state)", async () => {
    const campaign = await createCampaign(db());
    const other = connect(env().DATABASE_URL, { max: 1 });
    try {
      const rows = await other.sql`select slug from campaigns where id = ${campaign.id}`;
      expect(rows[0]?.slug).toBe(campaign.slug);
    } finally {
      await other.sql.end();
    }
  });
});
