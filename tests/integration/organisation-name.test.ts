import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { organisationSettings } from "@/db/schema";
import { loadSender } from "@/server/mail/sender";
import { renderEmail } from "@/server/mail/render-email";
import { getOrganisation } from "@/server/organisation/get-organisation";
import { saveSettings } from "@/server/organisation/save-settings";
import { createStaffMember, staffContextOf, type StaffMember } from "./support/signed-in";

/*
 * An organisation with a name in each language: French pages and emails say its French name, and
 * a blank French name falls back to the one name (no English name is ever replaced by nothing).
 */

const settings = {
  name: "Private Faces Coalition",
  mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2",
  contactEmail: "hello@privatefaces.example",
  fromAddress: "",
  replyTo: "",
  defaultLocale: "en",
  timeZone: "America/Toronto",
};
const confirmProps = { name: "Ada", campaignTitle: "Moratorium", confirmUrl: "http://localhost:3000/fr/confirmer/abc" };

let admin: StaffMember;
let saved: typeof organisationSettings.$inferSelect | undefined;

beforeAll(async () => {
  admin = await createStaffMember(db(), "admin");
  [saved] = await db().select().from(organisationSettings).limit(1);
});

afterAll(async () => {
  if (saved) await db().update(organisationSettings).set(saved).where(eq(organisationSettings.id, 1));
  else await db().delete(organisationSettings);
});

describe("the organisation's name in each language", () => {
  it("is saved from the settings and used by French and English emails", async () => {
    expect(await saveSettings(staffContextOf(admin), { ...settings, nameFr: "Coalition Visages privés" })).toEqual({ ok: true });
    expect(await getOrganisation()).toMatchObject({ name: "Private Faces Coalition", nameFr: "Coalition Visages privés" });

    const sender = (await loadSender(db())).identity;
    const french = await renderEmail("confirm-signature", confirmProps, { locale: "fr", sender });
    const english = await renderEmail("confirm-signature", confirmProps, { locale: "en", sender });
    expect(french.text).toContain("Envoyé par Coalition Visages privés, PO Box 4120");
    expect(french.text).not.toContain("Private Faces Coalition");
    expect(english.text).toContain("Sent by Private Faces Coalition, PO Box 4120");
  });

  it("falls back to the one name when the French name is left empty", async () => {
    expect(await saveSettings(staffContextOf(admin), { ...settings, nameFr: "  " })).toEqual({ ok: true });
    expect((await getOrganisation())?.nameFr).toBeNull();
    const french = await renderEmail("confirm-signature", confirmProps, { locale: "fr", sender: (await loadSender(db())).identity });
    expect(french.text).toContain("Envoyé par Private Faces Coalition, PO Box 4120");
  });

  it("refuses a French name that is too long, beside its field", async () => {
    expect(await saveSettings(staffContextOf(admin), { ...settings, nameFr: "x".repeat(201) })).toEqual({ ok: false, error: "invalid", fields: { nameFr: "tooLong" } });
  });
});
