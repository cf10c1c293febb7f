import { count, eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportGet, POST as exportPost } from "@/app/api/my-data/export/route";
import { db } from "@/db/client";
import { campaignMutes, dataRequests, letters, signatures } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { systemContext, visitorContext } from "@/server/context";
import { eraseMyData } from "@/server/privacy/erase-my-data";
import { exportMyData } from "@/server/privacy/export-my-data";
import { getMyData } from "@/server/privacy/get-my-data";
import { confirmSignature } from "@/server/signatures/confirm-signature";
import { signPetition } from "@/server/signatures/sign-petition";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { runs, spoiled } from "./support/fuzz";
import { latestConfirmationToken, person, visitor } from "./support/signing";

// A name that would become markup if any export forgot to escape it.
const NAME = "<b>Zoé</b> Ouellet-Nakamura";
const ctx = systemContext("my-data-test");
let supporterId = "";
let email = "";
let confirmedSlug = "";

const exports = async () => (await db().select({ n: count() }).from(dataRequests).where(eq(dataRequests.kind, "export")))[0]!.n;

beforeAll(async () => {
  await seedDemo(db());
  const confirmed = await createCampaign(db());
  const pending = await createCampaign(db());
  confirmedSlug = confirmed.slug;
  email = `zoe-${uniqueSuffix()}@example.org`;
  const fields = person(email, { name: NAME, subscribe: true, locale: "fr", postalCode: "H2X 1Y4", province: "QC" });
  await signPetition(visitor, confirmed.slug, fields, { source: "/fr/campagnes/test" });
  const result = await confirmSignature(visitorContext("ip-of-the-click"), (await latestConfirmationToken(email))!, { source: "/fr/confirmer" });
  if (!result.ok) throw new Error("not confirmed");
  supporterId = result.supporterId;
  // Signed a second petition and never clicked its link.
  await signPetition(visitor, pending.slug, fields, { source: "/fr/campagnes/autre" });
  await db()
    .insert(letters)
    .values({
      campaignId: confirmed.id,
      supporterId,
      targetKey: `fixed:test-${uniqueSuffix()}`,
      toName: "Commissariat à la protection de la vie privée du Canada",
      toAddress: "info@priv.gc.ca",
      ridingName: "Laurier—Sainte-Marie",
      postalCode: "H2X 1Y4",
      subject: "Appuyez un moratoire",
      body: "Bonjour,\n\nMon visage est dans cette base de données.\n\n<b>Zoé</b> Ouellet-Nakamura",
      personalised: true,
      locale: "fr",
    });
  await db().insert(campaignMutes).values({ supporterId, campaignId: confirmed.id });
});

describe("getMyData", () => {
  it("holds everything on the supporter: each signature with its wording, consents, letters, mutes and emails", async () => {
    const data = (await getMyData(ctx, supporterId))!;
    expect(data.supporter).toMatchObject({ name: NAME, email, locale: "fr", subscription: "subscribed" });
    expect(data.signatures.map((s) => [s.state, s.postalCode, s.province, s.wording?.agreed])).toEqual([
      ["confirmed", "H2X 1Y4", "QC", true],
      ["pending", "H2X 1Y4", "QC", false],
    ]);
    expect(data.signatures[0]!.campaign.slug).toBe(confirmedSlug);
    expect(data.signatures[0]!.confirmedAt).toBeInstanceOf(Date);
    expect(data.signatures[0]!.wording).toMatchObject({ version: 1, textFr: expect.stringContaining("J'appuie cette pétition"), textHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The click recorded the petition wording and the updates opt-in, from the page where it happened.
    expect(data.consents.map((c) => [c.purpose, c.action, c.source, c.locale]).sort()).toEqual([
      ["petition", "granted", "/fr/confirmer", "fr"],
      ["updates", "granted", "/fr/confirmer", "fr"],
    ]);
    // The updates opt-in is the organisation's wording, given on that campaign's page.
    expect(data.consents.find((c) => c.purpose === "updates")).toMatchObject({ campaign: { slug: confirmedSlug }, wording: { textEn: expect.any(String) } });
    expect(data.letters).toEqual([expect.objectContaining({ to: { name: "Commissariat à la protection de la vie privée du Canada", address: "info@priv.gc.ca" }, subject: "Appuyez un moratoire", state: "queued" })]);
    expect(data.mutes.map((m) => m.campaign.slug)).toEqual([confirmedSlug]);
    // Two confirmation emails (one per petition); their bodies are not part of it.
    expect(data.emails.map((e) => e.kind)).toEqual(["confirm-signature", "confirm-signature"]);
    expect(JSON.stringify(data.emails)).not.toContain("html");
    expect(data.notKept).toContain("ipAddresses");
    // Never the keyed hash of their IP address either: it names nothing they could read.
    expect(JSON.stringify(data)).not.toContain("ip-of-the-click");
  });

  it("is null for someone who is not (or no longer) there", async () => {
    expect(await getMyData(ctx, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});

describe("exportMyData", () => {
  it("gives the documented JSON file, and counts one export", async () => {
    const before = await exports();
    const result = await exportMyData(ctx, supporterId, { format: "json", locale: "fr" });
    if (!result.ok) throw new Error(result.error);
    expect(result.filename).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(result.contentType).toBe("application/json; charset=utf-8");
    const file = JSON.parse(result.body);
    expect(file).toMatchObject({ format: "chorus-my-data", version: 1, supporter: { name: NAME, email, locale: "fr", subscription: "subscribed" } });
    expect(new Date(file.exportedAt).toISOString()).toBe(file.exportedAt);
    expect(Object.keys(file)).toEqual(["format", "version", "exportedAt", "organisation", "supporter", "signatures", "consents", "letters", "mutes", "emails", "notKept"]);
    expect(file.signatures[0]).toMatchObject({ state: "confirmed", signedAt: expect.stringMatching(/Z$/), wording: { agreed: true, version: 1 } });
    expect(file.letters[0].body).toContain("Mon visage est dans cette base de données.");
    expect(file.notKept[0]).toEqual({ key: "ipAddresses", en: expect.stringContaining("IP address"), fr: expect.stringContaining("adresse IP") });
    expect(await exports()).toBe(before + 1);
  });

  it("gives one standalone web page in the page's language, with every stored text escaped", async () => {
    const result = await exportMyData(ctx, supporterId, { format: "html", locale: "fr" });
    if (!result.ok) throw new Error(result.error);
    expect(result.filename).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.html$/);
    const page = result.body;
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(page).toContain("&lt;b&gt;Zoé&lt;/b&gt; Ouellet-Nakamura");
    expect(page).not.toContain("<b>Zoé</b>");
    expect(page).toContain("Pétitions que vous avez signées");
    expect(page).toContain("Confirmée, comptée");
    expect(page).toContain("Commissariat à la protection de la vie privée du Canada");
    expect(page).toContain("Lien pour confirmer votre signature");
    // Nothing to fetch: no script, no image, no stylesheet from elsewhere.
    expect(page).not.toMatch(/<script|<img|<link|src=/i);
  });

  it("refuses an unknown format or language and counts nothing", async () => {
    const before = await exports();
    expect(await exportMyData(ctx, supporterId, { format: "pdf", locale: "fr" })).toEqual({ ok: false, error: "invalid" });
    expect(await exportMyData(ctx, supporterId, { format: "json", locale: "de" })).toEqual({ ok: false, error: "invalid" });
    expect(await exportMyData(ctx, "00000000-0000-4000-8000-000000000000", { format: "json", locale: "en" })).toEqual({ ok: false, error: "gone" });
    expect(await exports()).toBe(before);
  });

  it("reads a posted form as the page sends it", async () => {
    const form = new FormData();
    form.set("format", "json");
    form.set("locale", "en");
    const result = await exportMyData(ctx, supporterId, form);
    expect(result.ok && JSON.parse(result.body).signatures).toHaveLength(2);
  });
});

describe("the export address", () => {
  const url = "https://act.privatefaces.example/api/my-data/export";

  it("refuses a GET, in the visitor's language: only the page's buttons export", async () => {
    const response = exportGet(new Request(url, { headers: { "accept-language": "fr-CA" } }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(await response.text()).toBe("Pour télécharger vos données, utilisez les boutons de votre page de données.");
  });

  it("refuses a post from another site, and a body larger than its two fields, before reading any session", async () => {
    const crossSite = await exportPost(new Request(url, { method: "POST", headers: { "sec-fetch-site": "cross-site", "accept-language": "en" }, body: "format=json&locale=en" }));
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).toBe("Downloads of your data start only from your data page on this site.");
    const large = await exportPost(new Request(url, { method: "POST", body: `format=json&locale=en&x=${"a".repeat(5000)}` }));
    expect(large.status).toBe(413);
  });
});

it("answers any posted fields with a file or a refusal, never an error", async () => {
  await fc.assert(
    fc.asyncProperty(spoiled({ format: "json", locale: "fr" }), async (fields) => {
      const result = await exportMyData(ctx, supporterId, fields);
      expect(result.ok || result.error === "invalid").toBe(true);
    }),
    runs(40),
  );
});

// Keep the signature table in view: the export is a read, it changes nothing in it.
it("leaves the supporter's signatures as they were", async () => {
  const rows = await db().select().from(signatures).where(eq(signatures.supporterId, supporterId));
  expect(rows).toHaveLength(2);
});

describe("eraseMyData", () => {
  it("erases nothing unless the box was ticked", async () => {
    const form = new FormData();
    expect(await eraseMyData(ctx, supporterId, form)).toEqual({ ok: false, error: "confirm" });
    form.set("confirm", "no");
    expect(await eraseMyData(ctx, supporterId, form)).toEqual({ ok: false, error: "confirm" });
    expect((await getMyData(ctx, supporterId))?.supporter.name).toBe(NAME);
  });
});
