import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { myDataLinks, supporters } from "@/db/schema";
import { env } from "@/lib/env";
import { postedFields } from "@/lib/forms/posted-fields";
import { failed, ok, type Result } from "@/lib/result";
import { newSecretToken } from "@/lib/tokens/secret-token";
import { clientKeyOf, database, transaction, type Context } from "@/server/context";
import { canonicalEmail } from "@/server/mail/canonical";
import { myDataLinkUrl } from "@/server/mail/links";
import { queueEmail } from "@/server/mail/queue-email";
import { overLimit } from "@/server/rate-limit/hit-window";

const myDataRequestInput = z.object({ email: z.string({ error: "emailInvalid" }).trim().max(254, "emailInvalid").pipe(z.email("emailInvalid")) });

// Each hour: three links per address is enough for a lost or slow email, not for flooding
// someone's inbox with our mail. Per visitor, MY_DATA_LINK_LIMIT_PER_IP_PER_HOUR (10) lets a
// household or an office share a connection, not one script sweep through addresses.
const PER_ADDRESS = 3;
// The ceiling: a day covers mail read the next morning. The link only opens a page with a
// button; what it grants after that is a 30-minute session (server/privacy/my-data-session.ts).
const LIFETIME = "24 hours";

export type MyDataLinkRequest = Result<object, "emailInvalid" | "tooMany">;
/** What the request form shows: sent, or an error key under myDataRequest.errors with the address as typed. */
export type MyDataRequestState = { sent?: boolean; error?: string; email?: string };

/**
 * "Email me a link to my data": when a supporter has this address (in any spelling of it), a
 * single-use link (only its hash kept) goes to the address they gave us, in their language.
 * Every other address gets the same answer and no email, and the limits count every address
 * alike, so this form never tells anyone whether an address is known. An address suppressed
 * after a bounce or complaint is skipped by the mail pipeline itself.
 */
export async function requestMyDataLink(ctx: Context, raw: unknown): Promise<MyDataLinkRequest> {
  const parsed = myDataRequestInput.safeParse(postedFields(raw));
  if (!parsed.success) return failed("emailInvalid", { email: "emailInvalid" });
  const canonical = canonicalEmail(parsed.data.email);
  if (await overLimit("my-data-link:email", canonical, PER_ADDRESS, 3600)) return failed("tooMany");
  const clientKey = clientKeyOf(ctx);
  if (clientKey && (await overLimit("my-data-link:ip", clientKey, env().MY_DATA_LINK_LIMIT_PER_IP_PER_HOUR, 3600))) return failed("tooMany");

  const [supporter] = await database(ctx).select({ id: supporters.id, email: supporters.email, name: supporters.name, locale: supporters.locale }).from(supporters).where(eq(supporters.canonicalEmail, canonical));
  if (!supporter) return ok();

  const { token, hash } = newSecretToken();
  await transaction(ctx, async (tx) => {
    await tx.db.insert(myDataLinks).values({ tokenHash: hash, supporterId: supporter.id, expiresAt: sql`now() + ${LIFETIME}::interval` });
    await queueEmail(tx, {
      category: "transactional",
      template: "my-data-link",
      props: { name: supporter.name, url: myDataLinkUrl(env().APP_URL, supporter.locale, token) },
      locale: supporter.locale,
      to: supporter.email,
      toName: supporter.name,
      supporterId: supporter.id,
      idempotencyKey: `my-data-link/${hash}`,
    });
  });
  return ok();
}
