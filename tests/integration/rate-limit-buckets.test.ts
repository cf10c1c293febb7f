import { like, or, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { handlers } from "@/auth";
import { db } from "@/db/client";
import { rateLimitHits, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address.mjs";
import { env } from "@/lib/env";
import { hashIp } from "@/lib/ip-hash";
import { visitorContext } from "@/server/context";
import { requestWriterLink } from "@/server/letters/request-writer-link";
import { confirmSignature } from "@/server/signatures/confirm-signature";
import { signPetition } from "@/server/signatures/sign-petition";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { latestConfirmationToken, person } from "./support/signing";

const origin = "http://localhost:3000";

beforeAll(async () => {
  await seedDemo(db());
});

/** Posts to Auth.js's own email sign-in endpoint, as a script would: CSRF token first, then the form. */
async function postAuthSignIn(email: string, clientAddress: string): Promise<number> {
  const csrf = await handlers.GET(new NextRequest(`${origin}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const answer = await handlers.POST(
    new NextRequest(`${origin}/api/auth/signin/email`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded", [CLIENT_ADDRESS_HEADER]: clientAddress },
      body: new URLSearchParams({ email, csrfToken, callbackUrl: `${origin}/en/admin` }),
    }),
  );
  return answer.status;
}

describe("rate-limit buckets", () => {
  it("hold neither an email address nor an IP address in clear, whichever path counted them", async () => {
    const address = `bucket-${uniqueSuffix()}@example.org`;
    const staff = `staff-${uniqueSuffix()}@privatefaces.example`;
    const ip = `203.0.113.${1 + Math.floor(Math.random() * 250)}`;
    await db().insert(users).values({ email: staff, role: "organiser" });
    const campaign = await createCampaign(db(), { lettersEnabled: true });
    const ipHash = hashIp(env().AUTH_SECRET, ip);
    const visitor = visitorContext(ipHash);
    const web = { source: "/en/campaigns/test" };

    // Signing, signing again once confirmed (the already-signed email), a writer link, sign-in links.
    await signPetition(visitor, campaign.slug, person(address), web);
    await confirmSignature(visitor, (await latestConfirmationToken(address))!);
    await signPetition(visitor, campaign.slug, person(address), web);
    await requestWriterLink(visitor, campaign.slug, "en", { email: address.toUpperCase() });
    expect(await postAuthSignIn(staff, ip)).toBe(302);
    expect(await postAuthSignIn(address, ip)).toBe(302);

    const buckets = (await db().select({ bucket: rateLimitHits.bucket }).from(rateLimitHits)).map((row) => row.bucket);
    // Each path did count (so the check below is not vacuous)…
    for (const scope of ["writer-link:email:", "writer-link:ip:", "already-signed:ip:", "sign-in:email:", "sign-in:ip:"]) {
      expect(
        buckets.some((bucket) => bucket.startsWith(scope)),
        scope,
      ).toBe(true);
    }
    // …and nothing in the table names the person or their address, in any spelling.
    const secrets = [address, staff, ip, ipHash, "@"];
    const leaks = await db()
      .select({ bucket: rateLimitHits.bucket })
      .from(rateLimitHits)
      .where(or(...secrets.map((secret) => like(sql`lower(${rateLimitHits.bucket})`, `%${secret.toLowerCase()}%`))));
    expect(leaks).toEqual([]);
  });
});
