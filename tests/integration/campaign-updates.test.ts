import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { saveFindingRecord } from "@/server/findings/import/save-finding-record";
import { auditEvents, campaignUpdates } from "@/db/schema";
import { numberCitations } from "@/lib/updates/citations";
import { publicContext } from "@/server/context";
import { listCitingUpdates } from "@/server/findings/list-citing-updates";
import { getPublishedUpdate } from "@/server/updates/get-published-update";
import { listPublishedUpdates } from "@/server/updates/list-published-updates";
import { saveUpdate } from "@/server/updates/save-update";
import { unpublishUpdate } from "@/server/updates/unpublish-update";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { createStaffMember, staffContextOf, type StaffMember } from "./support/signed-in";
import { findingRecord } from "../support/finding-record";

const suffix = uniqueSuffix();
const finding = (date: string, name: string) =>
  findingRecord({ id: `${date}--${name}-${suffix}`, date, title: { en: `Finding ${name}`, fr: `Constat ${name}` }, sources: [{ url: `https://regulator.example/${name}`, title: `Report ${name}`, publisher: "Regulator", date, tier: 1 }] });
const first = finding("2021-02-03", "first");
const second = finding("2022-05", "second");
let organiser: StaffMember;
let viewer: StaffMember;
let campaignId = "";

beforeAll(async () => {
  for (const record of [first, second]) await db().transaction((tx) => saveFindingRecord(tx, record));
  organiser = await createStaffMember(db(), "organiser");
  viewer = await createStaffMember(db(), "viewer");
  campaignId = (await createCampaign(db())).id;
});

const form = (overrides: Record<string, string> = {}) => ({
  campaignId,
  titleEn: `Update ${uniqueSuffix()}`,
  titleFr: "Mise à jour",
  bodyEn: "Nothing cited.",
  bodyFr: "Rien de cité.",
  intent: "draft",
  ...overrides,
});
const save = (overrides: Record<string, string> = {}) => saveUpdate(staffContextOf(organiser), form(overrides));

describe("campaign updates", () => {
  it("refuse a citation of an unknown finding, naming it, and save nothing", async () => {
    const result = await save({ bodyEn: `See [[cite:${first.id}]] and [[cite:2001--no-such-finding]].`, intent: "publish" });
    expect(result).toEqual({ ok: false, error: "invalid", fields: { bodyEn: "unknownFinding" }, unknownFindings: { bodyEn: "2001--no-such-finding" } });
  });

  it("number citations by first appearance and list the findings an update cites", async () => {
    const bodyEn = `Ordered[[cite:${second.id}]], found[[cite:${first.id}]], ordered again[[cite:${second.id}]].`;
    const result = await save({ bodyEn, bodyFr: `Constat[[cite:${first.id}]].`, intent: "publish" });
    expect(result).toMatchObject({ ok: true, status: "published" });
    const id = (result as { id: string }).id;
    const { updates } = await listPublishedUpdates(publicContext, { campaignId });
    expect(updates.map((update) => [update.id, update.citedIds])).toEqual([[id, [second.id, first.id]]]);
    expect(numberCitations(bodyEn, (cited) => `/en/findings/${cited}`).citations.map((citation) => [citation.n, citation.id])).toEqual([
      [1, second.id],
      [2, first.id],
    ]);
    expect((await listCitingUpdates(publicContext, first.id)).map((update) => update.id)).toContain(id);
    const audit = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "update.create.publish")));
    expect(audit).toHaveLength(1);
  });

  it("schedule only in the future, and show a scheduled update once its time has come", async () => {
    expect(await save({ intent: "schedule" })).toEqual({ ok: false, error: "invalid", fields: { publishAt: "publishAtRequired" } });
    expect(await save({ intent: "schedule", publishAt: "2020-01-01T10:00" })).toEqual({ ok: false, error: "invalid", fields: { publishAt: "publishAtPast" } });
    const result = await save({ intent: "schedule", publishAt: new Date(Date.now() + 3_600_000).toISOString().slice(0, 16) });
    expect(result).toMatchObject({ ok: true, status: "scheduled" });
    const { id, campaignSlug } = result as { id: string; campaignSlug: string };
    expect(await getPublishedUpdate(publicContext, campaignSlug, id)).toBeNull();
    // Its time comes: nothing has to run for it to be public.
    await db()
      .update(campaignUpdates)
      .set({ publishAt: sql`now() - interval '1 minute'` })
      .where(eq(campaignUpdates.id, id));
    expect(await getPublishedUpdate(publicContext, campaignSlug, id)).toMatchObject({ id });
    expect(await unpublishUpdate(staffContextOf(organiser), { updateId: id })).toMatchObject({ ok: true });
    expect(await getPublishedUpdate(publicContext, campaignSlug, id)).toBeNull();
  });

  it("are written by organisers and admins only", async () => {
    await expect(saveUpdate(staffContextOf(viewer), form())).rejects.toMatchObject({ code: "forbidden" });
    await expect(unpublishUpdate(staffContextOf(viewer), { updateId: campaignId })).rejects.toMatchObject({ code: "forbidden" });
    // A visitor (or a job) calling an admin verb is refused as signed out.
    await expect(saveUpdate(publicContext, form())).rejects.toMatchObject({ code: "signed-out" });
  });
});
