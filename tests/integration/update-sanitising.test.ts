import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as campaignAtom } from "@/app/feeds/campaigns/[slug]/updates.atom/route";
import { GET as campaignRss } from "@/app/feeds/campaigns/[slug]/updates.rss/route";
import { db } from "@/db/client";
import { seedDemo } from "@/db/seed/seed-demo";
import { renderEmail } from "@/server/mail/render-email";
import { systemContext } from "@/server/context";
import { updateEmailContent } from "@/server/updates/email/update-email-content";
import { saveUpdate } from "@/server/updates/save-update";
import { ATTACKS, KEPT, dangersIn } from "../support/markdown-attacks";
import { createCampaign } from "../support/factories";
import { createStaffMember, staffContextOf } from "./support/signed-in";

/*
 * An update written with every trick of tests/support/markdown-attacks.ts, read where it leaves
 * the site as HTML: the RSS and Atom feeds and the bulk email (the site's pages: lib/markdown).
 */

// Control characters are refused where an organiser types (lib/text/plain-text.ts), so the stored
// update carries every other trick; the renderers meet those too in lib/markdown/sanitize.test.tsx.
const body = `${ATTACKS.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")}\n\n${KEPT}`;
let slug = "";
let updateId = "";
const sender = { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" };

beforeAll(async () => {
  await seedDemo(db());
  const organiser = await createStaffMember(db(), "organiser");
  const campaign = await createCampaign(db());
  slug = campaign.slug;
  const result = await saveUpdate(staffContextOf(organiser), { campaignId: campaign.id, titleEn: "Tricks", titleFr: "Astuces", bodyEn: body, bodyFr: body, intent: "publish" });
  if (!("id" in result)) throw new Error(`the update was not saved: ${JSON.stringify(result)}`);
  updateId = result.id;
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

const expectSafe = (html: string) => {
  expect(dangersIn(html)).toEqual([]);
  expect(html).toContain('href="https://example.org/kept"');
  expect(html).toContain('href="mailto:kept@example.org"');
  // A site link, absolute where there is no page to be relative to.
  expect(html).toMatch(/href="https?:\/\/[^"]+\/en\/findings"/);
};

describe("an update's Markdown, outside the site", () => {
  it("reaches feed readers without raw HTML or unsafe links", async () => {
    const rss = parser.parse(await (await campaignRss(new Request(`http://localhost:3000/feeds/campaigns/${slug}/updates.rss`), { params: Promise.resolve({ slug }) })).text());
    expectSafe(rss.rss.channel.item.description);
    const atom = parser.parse(await (await campaignAtom(new Request(`http://localhost:3000/feeds/campaigns/${slug}/updates.atom`), { params: Promise.resolve({ slug }) })).text());
    expectSafe(atom.feed.entry.content["#text"]);
  });

  it("reaches subscribers' inboxes without raw HTML or unsafe links, in both languages", async () => {
    const content = await updateEmailContent(systemContext("updates.send"), updateId);
    for (const locale of ["en", "fr"] as const) {
      const email = await renderEmail("campaign-update", { ...content![locale], recipientName: "Camille" }, { locale, sender, unsubscribe: { unsubscribeUrl: "https://act.privatefaces.example/u", preferencesUrl: "https://act.privatefaces.example/p" } });
      expect(dangersIn(email.html)).toEqual([]);
      expect(email.html).toContain('href="https://example.org/kept"');
      expect(email.text).not.toMatch(/javascript|vbscript|data:text/i);
    }
  });
});
