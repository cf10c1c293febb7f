import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { changeCampaignStatus } from "@/server/campaigns/admin/change-campaign-status";
import { saveCampaign } from "@/server/campaigns/admin/save-campaign";
import { publicContext } from "@/server/context";
import { saveFinding } from "@/server/findings/admin/save-finding";
import { sendUpdate } from "@/server/updates/email/send-update";
import { sendUpdateTest } from "@/server/updates/email/send-update-test";
import { saveUpdate } from "@/server/updates/save-update";
import { unpublishUpdate } from "@/server/updates/unpublish-update";
import { createStaffMember, staffContextOf, type StaffMember } from "./support/signed-in";

// The panel's actions hand these verbs their arguments untouched; each checks who is asking before it reads them.
const verbs = { saveCampaign, changeCampaignStatus, saveFinding, saveUpdate, unpublishUpdate, sendUpdate, sendUpdateTest };
let viewer: StaffMember;

beforeAll(async () => {
  viewer = await createStaffMember(db(), "viewer");
});

describe("the campaign, update and finding verbs, called with no input at all (as tests/e2e/admin-access.spec.ts posts them)", () => {
  for (const [name, verb] of Object.entries(verbs)) {
    it(`${name} refuses a viewer as forbidden and a visitor as signed out`, async () => {
      await expect(verb(staffContextOf(viewer), undefined)).rejects.toMatchObject({ name: "Refused", code: "forbidden" });
      await expect(verb(publicContext, undefined)).rejects.toMatchObject({ name: "Refused", code: "signed-out" });
    });
  }
});
