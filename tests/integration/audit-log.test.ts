import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import { listAuditEvents } from "@/server/audit/list-audit-events";
import { createCampaign, createSignature, createSupporter } from "../support/factories";
import { createStaffMember, staffContextOf } from "./support/signed-in";

describe("the audit log", () => {
  it("names the actor and each record by title, leaves a record it cannot find unnamed, and refuses a non-admin", async () => {
    const admin = await createStaffMember(db(), "admin");
    await db().update(users).set({ name: "Robin Audit" }).where(eq(users.id, admin.userId));
    const campaign = await createCampaign(db());
    // Campaigns are never deleted, but a record an entry names may be erased (a signer's data) or unknown.
    const gone = { id: randomUUID() };
    const signature = await createSignature(db(), { campaignId: campaign.id, supporterId: (await createSupporter(db())).id, name: "Dana Signer" });
    const entry = (entityType: string, entityId: string) => ({ actorUserId: admin.userId, actorEmail: admin.email, action: "campaign.update", entityType, entityId });
    await db()
      .insert(auditEvents)
      .values([entry("campaign", campaign.id), entry("campaign", gone.id), entry("signature", signature.id), entry("finding", "no-such-finding")]);

    const page = await listAuditEvents(staffContextOf(admin), { actor: admin.email });
    const records = page.rows.map((row) => row.record);
    expect(page.rows.every((row) => row.actor.name === "Robin Audit" && row.actor.exists)).toBe(true);
    expect(records).toEqual([
      { type: "finding", id: "no-such-finding", title: null, campaignId: null },
      { type: "signature", id: signature.id, title: { en: "Dana Signer", fr: "Dana Signer" }, campaignId: campaign.id },
      { type: "campaign", id: gone.id, title: null, campaignId: null },
      { type: "campaign", id: campaign.id, title: { en: campaign.titleEn, fr: campaign.titleFr }, campaignId: campaign.id },
    ]);

    const organiser = await createStaffMember(db(), "organiser");
    await expect(listAuditEvents(staffContextOf(organiser), {})).rejects.toMatchObject({ code: "forbidden" });
  });
});
