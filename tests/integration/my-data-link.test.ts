import { and, desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailMessages, myDataLinks } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { unseal } from "@/lib/crypto/seal";
import { env } from "@/lib/env";
import { hashSecretToken } from "@/lib/tokens/secret-token";
import { visitorContext } from "@/server/context";
import { renderEmail } from "@/server/mail/render-email";
import { openMyDataLink } from "@/server/privacy/open-my-data-link";
import { requestMyDataLink } from "@/server/privacy/request-my-data-link";
import { createSupporter, uniqueSuffix } from "../support/factories";

const sender = { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" };
/** A visitor of their own (a fresh client key), so that one test's per-IP count is not another's. */
const someVisitor = () => visitorContext(`client-${uniqueSuffix()}`);
const form = (email: string) => {
  const data = new FormData();
  data.set("email", email);
  return data;
};

beforeAll(async () => {
  await seedDemo(db());
});

/** Every my-data email queued to any spelling of this address, newest first. */
async function myDataEmails(canonical: string) {
  return db()
    .select()
    .from(emailMessages)
    .where(and(eq(emailMessages.kind, "my-data-link"), eq(emailMessages.canonicalTo, canonical)))
    .orderBy(desc(emailMessages.createdAt));
}

/** The link in the newest my-data email to this address, as its recipient's inbox has it. */
async function emailedUrl(canonical: string): Promise<string | null> {
  const [row] = await myDataEmails(canonical);
  return row?.sealedProps ? unseal<{ url: string }>(env().AUTH_SECRET, row.sealedProps).url : null;
}
const tokenOf = (url: string) => url.split("/").pop()!;

describe("my-data links", () => {
  it("answer a known and an unknown address alike, and mail only the supporter, at the address and in the language they gave", async () => {
    const address = `Mireille.Ouellet-${uniqueSuffix()}@example.org`;
    const supporter = await createSupporter(db(), { email: address, canonicalEmail: address.toLowerCase(), name: "Mireille Ouellet", locale: "fr" });
    const stranger = `nobody-${uniqueSuffix()}@example.org`;

    // Another spelling of the supporter's address, typed with spaces and capitals, finds them.
    const known = await requestMyDataLink(someVisitor(), form(`  ${address.toUpperCase()} `));
    const unknown = await requestMyDataLink(someVisitor(), form(stranger));
    expect(known).toEqual({ ok: true });
    expect(unknown).toEqual(known);

    expect(await myDataEmails(stranger)).toEqual([]);
    const emails = await myDataEmails(supporter.canonicalEmail);
    expect(emails).toHaveLength(1);
    const [email] = emails;
    expect(email!.toAddress).toBe(address);
    expect(email!.supporterId).toBe(supporter.id);
    expect(email!.locale).toBe("fr");
    expect(email!.category).toBe("transactional");
    const url = (await emailedUrl(supporter.canonicalEmail))!;
    expect(url).toMatch(new RegExp(`^${env().APP_URL}/fr/mes-donnees/ouvrir/[A-Za-z0-9_-]{40,}$`));
    // The email reads in French, names the link's limits, and is addressed to the supporter by name.
    const rendered = await renderEmail("my-data-link", { ...(email!.props as object), url }, { locale: "fr", sender });
    expect(rendered.subject).toBe("Votre lien pour consulter vos données");
    expect(rendered.text).toContain("Bonjour Mireille Ouellet,");
    expect(rendered.text).toContain("Le lien fonctionne une fois, pendant 24 heures.");
    expect(rendered.html).toContain(`href="${url}"`);
  });

  it("are stored only as a hash, for at most a day, and the token is nowhere in the database", async () => {
    const supporter = await createSupporter(db(), { locale: "en" });
    await requestMyDataLink(someVisitor(), form(supporter.email));
    const token = tokenOf((await emailedUrl(supporter.canonicalEmail))!);
    const links = await db().select().from(myDataLinks).where(eq(myDataLinks.supporterId, supporter.id));
    expect(links).toHaveLength(1);
    expect(links[0]!.tokenHash).toBe(hashSecretToken(token));
    expect(links[0]!.usedAt).toBeNull();
    const lifetime = links[0]!.expiresAt.getTime() - links[0]!.createdAt.getTime();
    expect(lifetime).toBeGreaterThan(23 * 3600_000);
    expect(lifetime).toBeLessThanOrEqual(24 * 3600_000 + 1000);
    // Neither the link rows nor the queued email's readable props hold the token itself.
    const [found] = await db().execute<{ n: number }>(sql`
      select (select count(*) from my_data_links where token_hash like ${`%${token}%`})
           + (select count(*) from email_messages where props::text like ${`%${token}%`}) as n`);
    expect(Number(found!.n)).toBe(0);
  });

  it("work once, even when pressed twice at the same moment, then never again", async () => {
    const supporter = await createSupporter(db(), { locale: "en" });
    await requestMyDataLink(someVisitor(), form(supporter.email));
    const token = tokenOf((await emailedUrl(supporter.canonicalEmail))!);
    const presses = await Promise.all([openMyDataLink(someVisitor(), token), openMyDataLink(someVisitor(), token)]);
    expect(presses.filter((press) => press.ok)).toEqual([{ ok: true, supporterId: supporter.id }]);
    expect(presses.filter((press) => !press.ok)).toEqual([{ ok: false, error: "expired" }]);
    expect(await openMyDataLink(someVisitor(), token)).toEqual({ ok: false, error: "expired" });
    // Unknown and malformed tokens get the same answer as a spent one.
    expect(await openMyDataLink(someVisitor(), "an-unknown-token-of-the-right-shape-0000")).toEqual({ ok: false, error: "expired" });
    expect(await openMyDataLink(someVisitor(), "../../etc")).toEqual({ ok: false, error: "expired" });
  });

  it("expire: a link whose time has passed opens nothing", async () => {
    const supporter = await createSupporter(db(), { locale: "en" });
    await requestMyDataLink(someVisitor(), form(supporter.email));
    const token = tokenOf((await emailedUrl(supporter.canonicalEmail))!);
    await db()
      .update(myDataLinks)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(myDataLinks.supporterId, supporter.id));
    expect(await openMyDataLink(someVisitor(), token)).toEqual({ ok: false, error: "expired" });
    const [link] = await db().select().from(myDataLinks).where(eq(myDataLinks.supporterId, supporter.id));
    expect(link!.usedAt).toBeNull();
  });

  it("are limited to three an hour per address, known or not, with the same answer", async () => {
    const supporter = await createSupporter(db(), { locale: "en" });
    const stranger = `limit-${uniqueSuffix()}@example.org`;
    for (const address of [supporter.email, stranger]) {
      for (let i = 0; i < 3; i++) expect(await requestMyDataLink(someVisitor(), form(address))).toEqual({ ok: true });
      // From other connections, in another spelling: still the same address.
      expect(await requestMyDataLink(someVisitor(), form(address.toUpperCase()))).toEqual({ ok: false, error: "tooMany" });
    }
    expect(await myDataEmails(supporter.canonicalEmail)).toHaveLength(3);
    expect(await myDataEmails(stranger)).toEqual([]);
  });

  it("are limited to ten an hour from one connection, whatever the addresses", async () => {
    const visitor = someVisitor();
    for (let i = 0; i < 10; i++) expect(await requestMyDataLink(visitor, form(`sweep-${i}-${uniqueSuffix()}@example.org`))).toEqual({ ok: true });
    const supporter = await createSupporter(db(), { locale: "en" });
    expect(await requestMyDataLink(visitor, form(supporter.email))).toEqual({ ok: false, error: "tooMany" });
    expect(await myDataEmails(supporter.canonicalEmail)).toEqual([]);
    // Another connection is not held back by this one.
    expect(await requestMyDataLink(someVisitor(), form(supporter.email))).toEqual({ ok: true });
  });

  it("refuse what is not an email address, with the field named, and write nothing", async () => {
    const before = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(myDataLinks);
    for (const value of ["", "not an address", "a@", `${"x".repeat(250)}@example.org`]) {
      expect(await requestMyDataLink(someVisitor(), form(value))).toEqual({ ok: false, error: "emailInvalid", fields: { email: "emailInvalid" } });
    }
    expect(await requestMyDataLink(someVisitor(), new FormData())).toEqual({ ok: false, error: "emailInvalid", fields: { email: "emailInvalid" } });
    expect(await requestMyDataLink(someVisitor(), null)).toEqual({ ok: false, error: "emailInvalid", fields: { email: "emailInvalid" } });
    const after = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(myDataLinks);
    expect(after).toEqual(before);
  });
});
