import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as campaignJson } from "@/app/api/campaigns/[slug]/route";
import { GET as campaignUpdatesJson } from "@/app/api/campaigns/[slug]/updates/route";
import { GET as campaignRss } from "@/app/feeds/campaigns/[slug]/updates.rss/route";
import { GET as siteAtom } from "@/app/feeds/updates.atom/route";
import { GET as siteRss } from "@/app/feeds/updates.rss/route";
import { db } from "@/db/client";
import { saveFindingRecord } from "@/server/findings/import/save-finding-record";
import { saveUpdate } from "@/server/updates/save-update";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { createStaffMember, staffContextOf } from "./support/signed-in";
import { findingRecord } from "../support/finding-record";

const suffix = uniqueSuffix();
const cited = findingRecord({ id: `2021-02-03--feed-finding-${suffix}`, title: { en: "Feed finding", fr: "Constat du fil" } });
const title = `Fines & <orders> > words ${suffix}`;
let slug = "";
let updateId = "";
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "item" || name === "entry" || name === "link" });

async function parsed(response: Response, type: string) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe(`${type}; charset=utf-8`);
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

beforeAll(async () => {
  await db().transaction((tx) => saveFindingRecord(tx, cited));
  const organiser = await createStaffMember(db(), "organiser");
  const campaign = await createCampaign(db());
  slug = campaign.slug;
  const result = await saveUpdate(staffContextOf(organiser), { campaignId: campaign.id, titleEn: title, titleFr: `Amendes & <ordonnances> ${suffix}`, bodyEn: `**Found** it[[cite:${cited.id}]].`, bodyFr: `Constaté[[cite:${cited.id}]].`, intent: "publish" });
  updateId = (result as { id: string }).id;
});

const request = (path: string) => new Request(`http://localhost:3000${path}`);
const params = (value: string) => ({ params: Promise.resolve({ slug: value }) });

describe("update feeds", () => {
  it("RSS 2.0: channel with title, link, description and self link; items with escaped titles, stable guids, absolute links", async () => {
    const doc = await parsed(await siteRss(request("/feeds/updates.rss")), "application/rss+xml");
    expect(doc.rss["@version"]).toBe("2.0");
    const channel = doc.rss.channel;
    expect(channel.title).toBeTruthy();
    expect(channel.description).toBeTruthy();
    expect(channel.link[0]).toMatch(/^https?:\/\/.+\/en\/updates$/);
    expect(channel["atom:link"]["@rel"]).toBe("self");
    expect(channel["atom:link"]["@href"]).toMatch(/\/feeds\/updates\.rss$/);
    const item = channel.item.find((entry: { guid: { "#text": string } }) => entry.guid["#text"] === updateId);
    expect(item.title).toBe(title);
    expect(item.link[0]).toMatch(new RegExp(`^https?://.+/en/campaigns/${slug}/updates/${updateId}$`));
    expect(new Date(item.pubDate).getTime()).not.toBeNaN();
    expect(item.description).toContain("<strong>Found</strong>");
    expect(item.description).toMatch(new RegExp(`<sup><a href="https?://[^"]+/en/findings/${cited.id}">1</a></sup>`));
  });

  it("Atom 1.0: feed and entries with id, title, updated; French with ?lang=fr; per campaign", async () => {
    const doc = await parsed(await siteAtom(request("/feeds/updates.atom?lang=fr")), "application/atom+xml");
    const feed = doc.feed;
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    for (const field of ["id", "title", "updated"]) expect(feed[field]).toBeTruthy();
    expect(feed.link.find((link: Record<string, string>) => link["@rel"] === "self")["@href"]).toMatch(/updates\.atom\?lang=fr$/);
    const entry = feed.entry.find((one: { id: string }) => one.id === `urn:uuid:${updateId}`);
    expect(entry.title["#text"]).toBe(`Amendes & <ordonnances> ${suffix}`);
    expect(new Date(entry.updated).getTime()).not.toBeNaN();
    expect(entry.link[0]["@href"]).toMatch(new RegExp(`/fr/campagnes/${slug}/mises-a-jour/${updateId}$`));
    expect(entry.content["#text"]).toContain(`/fr/constats/${cited.id}`);

    const own = await parsed(await campaignRss(request(`/feeds/campaigns/${slug}/updates.rss`), params(slug)), "application/rss+xml");
    expect(own.rss.channel.item.map((one: { guid: { "#text": string } }) => one.guid["#text"])).toEqual([updateId]);
    expect((await campaignRss(request("/feeds/campaigns/no-such-campaign/updates.rss"), params("no-such-campaign"))).status).toBe(404);
  });

  it("the JSON API lists a campaign's updates with their citations, open to any origin", async () => {
    const list = await campaignUpdatesJson(request(`/api/campaigns/${slug}/updates`), params(slug));
    expect(list.headers.get("access-control-allow-origin")).toBe("*");
    const body = await list.json();
    expect(body.updates).toEqual([expect.objectContaining({ id: updateId, title: { en: title, fr: `Amendes & <ordonnances> ${suffix}` }, citedFindings: [cited.id] })]);
    expect(body.updates[0].url.fr).toMatch(new RegExp(`/fr/campagnes/${slug}/mises-a-jour/${updateId}$`));
    const one = await (await campaignJson(request(`/api/campaigns/${slug}`), params(slug))).json();
    expect(one.updates.map((update: { id: string }) => update.id)).toEqual([updateId]);
  });
});
