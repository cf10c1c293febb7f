import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as siteAtom } from "@/app/feeds/updates.atom/route";
import { GET as siteRss } from "@/app/feeds/updates.rss/route";
import { db } from "@/db/client";
import { saveFindingRecord } from "@/server/findings/import/save-finding-record";
import { sendUpdateTest } from "@/server/updates/email/send-update-test";
import { saveUpdate } from "@/server/updates/save-update";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { startResendStub, type ResendStub } from "../support/resend-stub/server";
import { configureMail, dropWaitingMailJobs, waitFor } from "./support/mail-env";
import { createStaffMember, staffContextOf, type StaffMember } from "./support/signed-in";
import { spawnWorker, type WorkerProcess } from "./support/worker-process";
import { findingRecord } from "../support/finding-record";

const APP_URL = "https://act.privatefaces.example";
const suffix = uniqueSuffix();
const finding = findingRecord({
  id: `2021-02-03--links-finding-${suffix}`,
  title: { en: "Joint investigation of a face database", fr: "Enquête conjointe sur une base de visages" },
  sources: [{ url: "https://www.priv.gc.ca/en/report-2021-001/", title: "Report of findings 2021-001", publisher: "Office of the Privacy Commissioner of Canada", date: "2021-02-02", tier: 1 }],
});
// Links as an organiser types them: from the site root, relative, in the other language, and one outside.
const bodyEn = `See [the finding](/en/findings/${finding.id}), [every finding](findings) and [the French page](/fr/constats/${finding.id}); [the commissioner](https://www.priv.gc.ca/) agrees[[cite:${finding.id}]].`;
const bodyFr = `Voyez [le constat](constats/${finding.id}) et [tous les constats](/fr/constats)[[cite:${finding.id}]].`;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "item" || name === "entry" || name === "link" });
const hrefs = (html = "") => [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((match) => match[1]!.replaceAll("&#x26;", "&").replaceAll("&amp;", "&"));

let stub: ResendStub;
let worker: WorkerProcess | undefined;
let organiser: StaffMember;
let updateId = "";

beforeAll(async () => {
  stub = await startResendStub();
  configureMail(stub.url, { APP_URL });
  await dropWaitingMailJobs(db());
  await db().transaction((tx) => saveFindingRecord(tx, finding));
  organiser = await createStaffMember(db(), "organiser");
  const campaign = await createCampaign(db());
  const result = await saveUpdate(staffContextOf(organiser), { campaignId: campaign.id, titleEn: `Links ${suffix}`, titleFr: `Liens ${suffix}`, bodyEn, bodyFr, intent: "publish" });
  updateId = (result as { id: string }).id;
});

afterAll(async () => {
  await worker?.stop();
  await stub?.close();
});

describe("links an organiser writes in an update", () => {
  it("are absolute in the RSS and Atom feeds, which list the sources with the site's dates", async () => {
    const rss = parser.parse(await (await siteRss(new Request(`${APP_URL}/feeds/updates.rss`))).text());
    const item = rss.rss.channel.item.find((entry: { guid: { "#text": string } }) => entry.guid["#text"] === updateId);
    const html: string = item.description;
    expect(hrefs(html)).toEqual([
      `${APP_URL}/en/findings/${finding.id}`,
      `${APP_URL}/en/findings`,
      `${APP_URL}/fr/constats/${finding.id}`,
      "https://www.priv.gc.ca/",
      `${APP_URL}/en/findings/${finding.id}`,
      `${APP_URL}/en/findings/${finding.id}`,
      "https://www.priv.gc.ca/en/report-2021-001/",
    ]);
    expect(html).toContain("(February 3, 2021)");
    expect(html).toContain("Issuing body:");

    const atom = parser.parse(await (await siteAtom(new Request(`${APP_URL}/feeds/updates.atom?lang=fr`))).text());
    const entry = atom.feed.entry.find((one: { id: string }) => one.id === `urn:uuid:${updateId}`);
    const french: string = entry.content["#text"];
    expect(hrefs(french).slice(0, 2)).toEqual([`${APP_URL}/fr/constats/${finding.id}`, `${APP_URL}/fr/constats`]);
    expect(hrefs(french).every((href) => href.startsWith("https://"))).toBe(true);
    expect(french).toContain("(3 février 2021)");
  });

  it("are absolute in the email as the Resend stub receives it, dated as on the site, in each language", { timeout: 60_000 }, async () => {
    for (const locale of ["en", "fr"] as const) expect((await sendUpdateTest(staffContextOf(organiser), { updateId, language: locale })).ok).toBe(true);
    worker = await spawnWorker({ RESEND_API_KEY: "re_integration_test", RESEND_BASE_URL: stub.url, MAIL_FROM: "Private Faces Coalition <campaigns@privatefaces.example>", APP_URL });
    const ours = () => stub.emails().filter((email) => email.subject.includes(suffix));
    await waitFor(async () => ours().length >= 2 || null, 45_000, "both test sends at the stub");
    const english = ours().find((email) => email.subject.includes(`Links ${suffix}`))!;
    const french = ours().find((email) => email.subject.includes(`Liens ${suffix}`))!;

    const relative = (email: { html?: string }) => hrefs(email.html).filter((href) => !/^https?:\/\//.test(href) && !href.startsWith("mailto:"));
    expect(relative(english)).toEqual([]);
    expect(relative(french)).toEqual([]);
    expect(hrefs(english.html)).toEqual(expect.arrayContaining([`${APP_URL}/en/findings/${finding.id}`, `${APP_URL}/en/findings`, `${APP_URL}/fr/constats/${finding.id}`]));
    expect(hrefs(french.html)).toEqual(expect.arrayContaining([`${APP_URL}/fr/constats/${finding.id}`, `${APP_URL}/fr/constats`]));
    // The plain-text part carries the addresses too, and the dates read as the site's sources list.
    expect(english.text).toContain(`${APP_URL}/en/findings`);
    expect(english.text).toContain("(February 3, 2021)");
    expect(french.text).toContain("(3 février 2021)");
    expect(english.text).not.toContain("2021-02-03)");
  });
});
