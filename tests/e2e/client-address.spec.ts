import { expect, test } from "@playwright/test";
import { and, eq, inArray, sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { emailMessages, signatures, users } from "@/db/schema";
import { demoCampaign } from "@/db/seed/content";
import { seedDemo } from "@/db/seed/seed-demo";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address.mjs";
import { hashIp } from "@/lib/ip-hash";
import { uniqueSuffix } from "../support/factories";
import { freshLoopbackAddress, requestFrom, startExtraWebServer, type ExtraServer } from "./support/extra-web-server";
import { e2eServerEnv } from "./support/server-env";
import { stub } from "./support/sign-in";

/*
 * Who a client is cannot be chosen by the client. Two servers of our own, with small limits (three
 * signatures and three sign-in links per client, two links per address, each hour): one reached
 * directly (TRUSTED_PROXY_COUNT left unset), one behind a proxy (1). Requests come from loopback
 * addresses of their own, so the suite's other clients (all 127.0.0.1) never share their counts.
 */

const limits = { SIGN_LIMIT_PER_IP_PER_HOUR: "3", SIGN_IN_LIMIT_PER_IP_PER_HOUR: "3", SIGN_IN_LIMIT_PER_EMAIL_PER_HOUR: "2" };
const secret = e2eServerEnv().AUTH_SECRET!;
const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
let direct: ExtraServer;
let proxied: ExtraServer;

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  await seedDemo(db);
  [direct, proxied] = await Promise.all([startExtraWebServer({ ...e2eServerEnv(), ...limits, TRUSTED_PROXY_COUNT: "" }), startExtraWebServer({ ...e2eServerEnv(), ...limits, TRUSTED_PROXY_COUNT: "1" })]);
});

test.afterAll(async () => {
  await Promise.all([direct?.child.stop(), proxied?.child.stop()]);
  await client.end();
});

const randomAddress = () => `198.51.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
// Every header a client might hope the server trusts, the one our server itself sets included.
const spoofed = () => ({ "x-real-ip": randomAddress(), [CLIENT_ADDRESS_HEADER]: randomAddress() });

async function sign(server: ExtraServer, from: string, forwardedFor: string): Promise<string> {
  const email = `client-${uniqueSuffix()}@example.org`;
  const answer = await requestFrom(from, server.port, `/api/campaigns/${demoCampaign.slug}/signatures`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor, ...spoofed() },
    body: JSON.stringify({ name: "Sam Client", email, postalCode: "K1A0A6", locale: "en", subscribe: false }),
  });
  expect(answer.status).toBe(202);
  return email;
}

/** Asks Auth.js's own endpoint for a link, as a script would: its CSRF token, then the form. */
async function askSignInLink(server: ExtraServer, from: string, email: string, forwardedFor: string): Promise<string> {
  const headers = { "x-forwarded-for": forwardedFor, ...spoofed() };
  const csrf = await requestFrom(from, server.port, "/api/auth/csrf", { headers });
  const cookie = [csrf.headers["set-cookie"] ?? []]
    .flat()
    .map((line) => line.split(";")[0])
    .join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const answer = await requestFrom(from, server.port, "/api/auth/signin/email", {
    method: "POST",
    headers: { ...headers, cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, csrfToken }).toString(),
  });
  // The same answer whether a link went out, the address is unknown or a limit was reached.
  expect(answer.status).toBe(302);
  return String(answer.headers.location);
}

async function states(emails: string[]) {
  const rows = await db.select({ email: signatures.email, state: signatures.state, ipHash: signatures.ipHash }).from(signatures).where(inArray(signatures.email, emails));
  return emails.map((email) => rows.find((row) => row.email === email));
}

async function linksQueuedFor(address: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(emailMessages)
    .where(and(eq(emailMessages.kind, "sign-in"), eq(emailMessages.toAddress, address)));
  return row?.count ?? 0;
}

async function organiser(): Promise<string> {
  const email = `organiser-${uniqueSuffix()}@privatefaces.example`;
  await db.insert(users).values({ email, role: "organiser" });
  return email;
}

test("reached directly, a client writing a new X-Forwarded-For on every request is still one client", async () => {
  const from = freshLoopbackAddress();
  const signed: string[] = [];
  for (let i = 0; i < 5; i++) signed.push(await sign(direct, from, randomAddress()));
  const rows = await states(signed);
  expect(rows.map((row) => row?.state)).toEqual(["pending", "pending", "pending", "fraudulent", "fraudulent"]);
  expect(new Set(rows.map((row) => row?.ipHash))).toEqual(new Set([hashIp(secret, from)]));

  const staff = await organiser();
  const answers = new Set<string>();
  for (let i = 0; i < 3; i++) answers.add(await askSignInLink(direct, from, `nobody-${uniqueSuffix()}@example.org`, randomAddress()));
  answers.add(await askSignInLink(direct, from, staff, randomAddress()));
  expect(answers.size).toBe(1);
  expect(await linksQueuedFor(staff)).toBe(0);
  // The address itself was not held back: from another client, its link goes out.
  await askSignInLink(direct, freshLoopbackAddress(), staff, randomAddress());
  await expect.poll(() => linksQueuedFor(staff)).toBe(1);
});

test("asking Auth.js's own endpoint directly, an address gets at most its hourly number of links", async () => {
  const staff = await organiser();
  // A new client each time, so that only the per-address limit (two) can hold.
  for (let i = 0; i < 3; i++) await askSignInLink(direct, freshLoopbackAddress(), staff, randomAddress());
  expect(await linksQueuedFor(staff)).toBe(2);
  await expect.poll(async () => (await stub().emailsTo(staff)).length, { timeout: 20_000 }).toBe(2);
});

test("behind one proxy, the address the proxy wrote counts, whatever the client wrote before it", async () => {
  const proxy = freshLoopbackAddress();
  const visitor = randomAddress();
  const signed: string[] = [];
  for (let i = 0; i < 5; i++) signed.push(await sign(proxied, proxy, `${randomAddress()}, ${visitor}`));
  const other = await sign(proxied, proxy, `${randomAddress()}, ${randomAddress()}`);
  const rows = await states([...signed, other]);
  expect(rows.map((row) => row?.state)).toEqual(["pending", "pending", "pending", "fraudulent", "fraudulent", "pending"]);
  expect(rows.slice(0, 5).every((row) => row?.ipHash === hashIp(secret, visitor))).toBe(true);

  const staff = await organiser();
  for (let i = 0; i < 3; i++) await askSignInLink(proxied, proxy, `nobody-${uniqueSuffix()}@example.org`, `${randomAddress()}, ${visitor}`);
  await askSignInLink(proxied, proxy, staff, `${randomAddress()}, ${visitor}`);
  expect(await linksQueuedFor(staff)).toBe(0);
  // Another visitor behind the same proxy is someone else.
  await askSignInLink(proxied, proxy, staff, `${visitor}, ${randomAddress()}`);
  await expect.poll(() => linksQueuedFor(staff)).toBe(1);
});
