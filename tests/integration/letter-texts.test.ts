import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailMessages, fixedTargets, letterActions, letters } from "@/db/schema";
import { visitorContext } from "@/server/context";
import { draftLetters } from "@/server/letters/draft-letters";
import { letterStats } from "@/server/letters/letter-stats";
import { saveLetterAction } from "@/server/letters/save-letter-action";
import { sendLetters } from "@/server/letters/send-letters";
import { createCampaign } from "../support/factories";
import type { ResendStub } from "../support/resend-stub/server";
import { letterWorkerEnv, prepareLetters } from "./support/letters-env";
import { waitFor } from "./support/mail-env";
import { createStaffMember, staffContextOf, type StaffMember } from "./support/signed-in";
import { confirmedSigner } from "./support/signing";
import { spawnWorker, type WorkerProcess } from "./support/worker-process";

let stub: ResendStub;
const visitor = visitorContext("letter-texts-test");
let organiser: StaffMember;
let companyId = "";
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  stub = await prepareLetters();
  organiser = await createStaffMember(db(), "organiser");
  // Not the MP and commissioner of letters.test.ts: hourly limits count a target's letters across campaigns.
  const [company] = await db().select().from(fixedTargets).where(eq(fixedTargets.key, "facematch-inc"));
  companyId = company!.id;
  workers.push(await spawnWorker(letterWorkerEnv(stub)));
});

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await stub?.close();
});

// As the editor posts them: text areas end their lines with CRLF.
const form = (campaignId: string, overrides: Record<string, unknown> = {}) => ({
  campaignId,
  kind: "representatives",
  toMp: "on",
  fixedTargetIds: [companyId],
  subjectsEn: "Rule out police facial recognition",
  subjectsFr: "Excluez la reconnaissance faciale policière",
  salutationEn: "Dear {{representative}},",
  salutationFr: "Bonjour {{representative}},",
  templateEn: "As your constituent in {{riding}}, I ask you to act.\r\n\r\nSincerely,\r\n{{supporter_name}}",
  templateFr: "J’habite {{riding}} et vous demande d’agir.\r\n\r\nSalutations distinguées,\r\n{{supporter_name}}",
  orgSalutationEn: "Dear privacy officer,",
  orgSalutationFr: "Madame, Monsieur,",
  orgTemplateEn: "Please delete every image of me you hold.\r\n\r\nSincerely,\r\n{{supporter_name}}",
  orgTemplateFr: "Veuillez effacer toute image de moi que vous détenez.\r\n\r\nSalutations distinguées,\r\n{{supporter_name}}",
  editable: "on",
  maxPerHourPerTarget: "30",
  delivery: "each",
  ...overrides,
});

const to = (address: string, replyTo: string) => stub.emails().find((email) => email.to.some((item) => item.includes(address)) && email.reply_to?.includes(replyTo)) ?? null;

describe("letter texts", () => {
  it("refuse, in the editor, a field Chorus cannot fill, a riding nobody gives, and a missing text for a recipient", async () => {
    const campaign = await createCampaign(db(), { lettersEnabled: true });
    const save = (overrides: Record<string, unknown>) => saveLetterAction(staffContextOf(organiser), form(campaign.id, overrides));
    expect(await save({ orgTemplateFr: "Bonjour {{postcode}}, {{ riding }}" })).toEqual({ ok: false, error: "invalid", fields: { orgTemplateFr: "unknownField|postcode" } });
    expect(await save({ toMp: "", orgTemplateEn: "I live in {{riding}}." })).toEqual({ ok: false, error: "invalid", fields: { templateEn: "ridingUnknown", templateFr: "ridingUnknown", orgTemplateEn: "ridingUnknown" } });
    expect(await save({ orgTemplateEn: "  " })).toEqual({ ok: false, error: "invalid", fields: { orgTemplateEn: "required" } });
    expect(await db().select().from(letterActions).where(eq(letterActions.campaignId, campaign.id))).toHaveLength(0);
  });

  it("give each kind of recipient its own salutation and text, keep paragraphs in both parts, and send the supporter one copy", async () => {
    const campaign = await createCampaign(db(), { lettersEnabled: true });
    expect(await saveLetterAction(staffContextOf(organiser), form(campaign.id))).toEqual({ ok: true });
    const writer = await confirmedSigner(campaign.slug, "Rosalie Tremblay");
    // The supporter's own words for the MP, posted by the browser (CRLF), with a field they mistyped.
    const body = "As your constituent in {{riding}}, I ride the O-Train every day.\r\n\r\nMy face is not a ticket.\r\n\r\nSincerely,\r\n{{supporter_name}} {{postcode}}";
    const input = { riding: "35080", subject: "0", body };
    expect(await sendLetters(visitor, campaign.slug, "en", writer.id, input)).toEqual({
      ok: true,
      sent: [
        { name: "Daniel Okafor", queued: true },
        { name: "FaceMatch, Inc. (privacy office)", queued: true },
      ],
    });

    const toMp = await waitFor(async () => to("daniel.okafor@parl.example", writer.email), 20_000, "the letter to the MP");
    expect(toMp.text).toContain("Dear Daniel Okafor,\n\nAs your constituent in Ottawa South, I ride the O-Train every day.\n\nMy face is not a ticket.\n\nSincerely,\nRosalie Tremblay\n");
    expect(toMp.html).toMatch(/>My face is not a ticket\.<\/p>/);
    expect(toMp.html).toContain("Sincerely,<br/>Rosalie Tremblay</p>");
    expect(toMp.text).toContain("a constituent of Ottawa South");
    const toCompany = await waitFor(async () => to("privacy@facematch.example", writer.email), 20_000, "the letter to the company");
    expect(toCompany.text).toContain("Dear privacy officer,\n\nPlease delete every image of me you hold.\n\nSincerely,\nRosalie Tremblay");
    // Nobody is a company's constituent: no MP's text, no riding.
    expect(toCompany.text).not.toMatch(/constituent|Ottawa South|Daniel/);
    for (const email of [toMp, toCompany]) expect(`${email.text}${email.html}`).not.toContain("{{");

    const copy = await waitFor(async () => stub.emails().find((email) => email.to.some((item) => item.includes(writer.email)) && email.subject.startsWith("A copy of your")) ?? null, 20_000, "the supporter's copy");
    expect(copy.subject).toBe(`A copy of your 2 letters: ${campaign.titleEn}`);
    expect(copy.text).toContain("To Daniel Okafor");
    expect(copy.text).toContain("My face is not a ticket.\n\nSincerely,\nRosalie Tremblay");
    expect(copy.text).toContain("To FaceMatch, Inc. (privacy office)");
    expect(copy.text).toContain("Dear privacy officer,\n\nPlease delete every image of me you hold.");

    // Sending again writes no letter and no second copy.
    expect(await sendLetters(visitor, campaign.slug, "en", writer.id, input)).toMatchObject({ ok: true, sent: [{ queued: false }, { queued: false }] });
    const copies = await db()
      .select()
      .from(emailMessages)
      .where(and(eq(emailMessages.kind, "letters-copy"), eq(emailMessages.toAddress, writer.email)));
    expect(copies).toHaveLength(1);

    const rows = await db().select({ to: letters.toName, riding: letters.ridingName, personalised: letters.personalised }).from(letters).where(eq(letters.campaignId, campaign.id));
    expect(rows.sort((a, b) => a.to.localeCompare(b.to))).toEqual([
      { to: "Daniel Okafor", riding: "Ottawa South", personalised: true },
      { to: "FaceMatch, Inc. (privacy office)", riding: null, personalised: false },
    ]);
    const stats = await letterStats(staffContextOf(organiser), campaign.id);
    expect(stats.map((row) => [row.name, row.riding]).sort()).toEqual([
      ["Daniel Okafor", "Ottawa South"],
      ["FaceMatch, Inc. (privacy office)", null],
    ]);
  }, 60_000);

  it("keep an action written before organisations had their own text working, and show no field a recipient cannot fill", async () => {
    const campaign = await createCampaign(db(), { lettersEnabled: true });
    // As migration 0028 leaves an older action: one text, no salutations; and a field the editor now refuses.
    await db()
      .insert(letterActions)
      .values({
        campaignId: campaign.id,
        fixedTargetIds: [companyId],
        subjectsEn: "Act",
        subjectsFr: "Agissez",
        templateEn: "Dear {{representative}},\n\nPlease act, {{postcode}} now.\n\n{{supporter_name}}",
        templateFr: "Bonjour {{representative}},\n\nAgissez.\n\n{{supporter_name}}",
      });
    const writer = await confirmedSigner(campaign.slug, "Older Action Writer");
    const drafts = await draftLetters(visitor, campaign.slug, "en", writer.id, { riding: "35080", subject: "0" });
    expect(drafts.ok && drafts.letters.map((letter) => letter.body)).toEqual(["Dear Daniel Okafor,\n\nPlease act, now.\n\nOlder Action Writer", "Dear FaceMatch, Inc. (privacy office),\n\nPlease act, now.\n\nOlder Action Writer"]);
  });
});
