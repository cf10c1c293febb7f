import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, signatures } from "@/db/schema";
import { addToTallies } from "@/server/signatures/add-to-tallies";
import { getInvalidation } from "@/server/signatures/admin/get-invalidation";
import { invalidateMatching } from "@/server/signatures/admin/invalidate-matching";
import { invalidateOne } from "@/server/signatures/admin/invalidate-one";
import { listInvalidations } from "@/server/signatures/admin/list-invalidations";
import { restoreSignature } from "@/server/signatures/admin/restore-signature";
import { undoInvalidation } from "@/server/signatures/admin/undo-invalidation";
import { createCampaign, createSignature, createSupporter } from "../support/factories";
import { createStaffMember, staffContextOf, type StaffMember } from "./support/signed-in";
import { tally } from "./support/tallies";

let organiser: StaffMember;
let viewer: StaffMember;

beforeAll(async () => {
  organiser = await createStaffMember(db(), "organiser");
  viewer = await createStaffMember(db(), "viewer");
});

const HASH = "d".repeat(32);
const confirmedAt = new Date("2021-02-03T12:05:00Z");

/**
 * Five signatures from one machine one afternoon (three confirmed, two pending, in two provinces and
 * ridings), and one confirmed signature from elsewhere that no condition below reaches.
 */
async function campaignWithBurst() {
  const campaign = await createCampaign(db());
  const sign = async (state: "confirmed" | "pending", province: string, ridingCode: string, ipHash = HASH) => {
    const row = await createSignature(db(), {
      campaignId: campaign.id,
      supporterId: (await createSupporter(db())).id,
      state,
      confirmedAt: state === "confirmed" ? confirmedAt : null,
      province,
      ridingCode,
      ipHash,
      createdAt: new Date("2021-02-03T12:00:00Z"),
    });
    if (state === "confirmed") await db().transaction((tx) => addToTallies(tx, campaign.id, { province, ridingCode }, 1));
    return row;
  };
  const burst = {
    quebecer: await sign("confirmed", "QC", "24001"),
    ontarian: await sign("confirmed", "ON", "35001"),
    quebecPending: await sign("pending", "QC", "24001"),
    ontarioPending: await sign("pending", "ON", "35001"),
    later: await sign("confirmed", "QC", "24001"),
  };
  const outsider = await sign("confirmed", "QC", "24001", "e".repeat(32));
  return { campaign, burst, outsider };
}

async function counts(campaignId: string) {
  return {
    total: await tally(campaignId, "total", ""),
    qc: await tally(campaignId, "province", "QC"),
    on: await tally(campaignId, "province", "ON"),
    r24001: await tally(campaignId, "riding", "24001"),
    r35001: await tally(campaignId, "riding", "35001"),
  };
}

const stateOf = async (id: string) => (await db().select({ state: signatures.state }).from(signatures).where(eq(signatures.id, id)))[0]?.state;

const bulkAudits = (campaignId: string) =>
  db()
    .select({ after: auditEvents.after, before: auditEvents.before, actorEmail: auditEvents.actorEmail })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "signatures.restore_bulk"), eq(auditEvents.entityId, campaignId)));

describe("undoing a bulk invalidation", () => {
  it("restores in one step exactly what it changed and is still in that state, the counts following both ways, once", async () => {
    const { campaign, burst, outsider } = await campaignWithBurst();
    expect(await counts(campaign.id)).toEqual({ total: 4, qc: 3, on: 1, r24001: 3, r35001: 1 });

    // The window is typed on the organisation's clock (Toronto): 12:00 UTC is 07:00 there.
    const condition = { campaignId: campaign.id, expected: "5", ipHash: HASH, from: "2021-02-03T06:00", to: "2021-02-03T08:00", mark: "fraudulent", reason: "One machine, one afternoon" };
    expect(await invalidateMatching(staffContextOf(organiser), condition)).toEqual({ ok: true, changed: 5 });
    for (const signature of Object.values(burst)) expect(await stateOf(signature.id)).toBe("fraudulent");
    expect(await counts(campaign.id)).toEqual({ total: 1, qc: 1, on: 0, r24001: 1, r35001: 0 });

    const [recorded] = await listInvalidations(staffContextOf(organiser), campaign.id);
    expect(recorded).toMatchObject({ mark: "fraudulent", changed: 5, reason: "One machine, one afternoon", actorEmail: organiser.email, undoneAt: null, condition: { ipHash: HASH, from: "2021-02-03T11:00:00.000Z", to: "2021-02-03T13:00:00.000Z" } });
    const ids = { campaignId: campaign.id, invalidationId: recorded!.id };

    // Since then one of them was restored alone, and invalidated again alone: that later decision stands.
    const later = { campaignId: campaign.id, signatureId: burst.later.id };
    expect(await restoreSignature(staffContextOf(organiser), { ...later, reason: "A real person" })).toEqual({ ok: true, state: "confirmed" });
    expect(await invalidateOne(staffContextOf(organiser), { ...later, mark: "fraudulent", reason: "Not a real person after all" })).toEqual({ ok: true, changed: 1 });
    expect(await counts(campaign.id)).toEqual({ total: 1, qc: 1, on: 0, r24001: 1, r35001: 0 });
    expect((await getInvalidation(staffContextOf(organiser), campaign.id, recorded!.id))?.restorable).toBe(4);

    // A viewer may not undo, and a missing reason changes nothing.
    await expect(undoInvalidation(staffContextOf(viewer), { ...ids, reason: "x" })).rejects.toThrow(/role/);
    expect(await undoInvalidation(staffContextOf(organiser), { ...ids, reason: "  " })).toEqual({ ok: false, error: "reasonRequired" });
    expect(await undoInvalidation(staffContextOf(organiser), { campaignId: campaign.id, invalidationId: outsider.id, reason: "wrong id" })).toEqual({ ok: false, error: "notFound" });
    expect(await counts(campaign.id)).toEqual({ total: 1, qc: 1, on: 0, r24001: 1, r35001: 0 });
    expect(await stateOf(burst.quebecer.id)).toBe("fraudulent");

    expect(await undoInvalidation(staffContextOf(organiser), { ...ids, reason: "A school's computer lab, all real" })).toEqual({ ok: true, restored: 4, confirmed: 2, alreadyUndone: false });
    expect(await stateOf(burst.quebecer.id)).toBe("confirmed");
    expect(await stateOf(burst.ontarian.id)).toBe("confirmed");
    expect(await stateOf(burst.quebecPending.id)).toBe("pending");
    expect(await stateOf(burst.ontarioPending.id)).toBe("pending");
    expect(await stateOf(burst.later.id)).toBe("fraudulent");
    expect(await stateOf(outsider.id)).toBe("confirmed");
    expect(await counts(campaign.id)).toEqual({ total: 3, qc: 2, on: 1, r24001: 2, r35001: 1 });

    const audits = await bulkAudits(campaign.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorEmail: organiser.email, before: { invalidationId: recorded!.id, state: "fraudulent" }, after: { restored: 4, confirmed: 2, pending: 2, reason: "A school's computer lab, all real" } });
    const [undone] = await listInvalidations(staffContextOf(organiser), campaign.id);
    expect(undone?.undoneBy).toBe(organiser.email);
    expect(undone?.undoneAt).toBeInstanceOf(Date);

    // A second undo changes nothing: no state, no count, no second audit entry.
    expect(await undoInvalidation(staffContextOf(organiser), { ...ids, reason: "again" })).toEqual({ ok: true, restored: 0, confirmed: 0, alreadyUndone: true });
    expect(await counts(campaign.id)).toEqual({ total: 3, qc: 2, on: 1, r24001: 2, r35001: 1 });
    expect(await stateOf(burst.later.id)).toBe("fraudulent");
    expect(await bulkAudits(campaign.id)).toHaveLength(1);
  });

  it("leaves alone what a later bulk invalidation took over, and a viewer cannot list invalidations", async () => {
    const { campaign, burst } = await campaignWithBurst();
    const window = { campaignId: campaign.id, from: "2021-02-03T06:00", to: "2021-02-03T08:00", mark: "invalidated", reason: "First pass" };
    expect(await invalidateMatching(staffContextOf(organiser), { ...window, expected: "5", ipHash: HASH })).toEqual({ ok: true, changed: 5 });
    const [first] = await listInvalidations(staffContextOf(organiser), campaign.id);
    // Undone, then the same signatures are invalidated again by a second bulk invalidation.
    expect(await undoInvalidation(staffContextOf(organiser), { campaignId: campaign.id, invalidationId: first!.id, reason: "Too wide" })).toMatchObject({ ok: true, restored: 5 });
    expect(await invalidateMatching(staffContextOf(organiser), { ...window, expected: "5", ipHash: HASH, reason: "Second pass" })).toEqual({ ok: true, changed: 5 });
    expect(await counts(campaign.id)).toEqual({ total: 1, qc: 1, on: 0, r24001: 1, r35001: 0 });
    // The first one, already undone, cannot bring back what the second one now holds.
    expect(await undoInvalidation(staffContextOf(organiser), { campaignId: campaign.id, invalidationId: first!.id, reason: "again" })).toMatchObject({ ok: true, restored: 0, alreadyUndone: true });
    expect(await stateOf(burst.quebecer.id)).toBe("invalidated");
    expect(await counts(campaign.id)).toEqual({ total: 1, qc: 1, on: 0, r24001: 1, r35001: 0 });
    await expect(listInvalidations(staffContextOf(viewer), campaign.id)).rejects.toThrow(/role/);
  });
});
