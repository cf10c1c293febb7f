import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { signatures, writerLinks } from "@/db/schema";
import { canonicalEmail } from "@/server/mail/canonical";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";
import { writerLinkUrl } from "@/server/mail/links";
import type { Result } from "@/lib/result";
import { newSecretToken } from "@/lib/tokens/secret-token";
import { getPublicCampaign } from "@/server/campaigns/get-public-campaign";
import { clientKeyOf, database, transaction, type Context } from "@/server/context";
import { queueEmail } from "@/server/mail/queue-email";
import { overLimit } from "@/server/rate-limit/hit-window";

export const writerLinkInput = z.object({ email: z.string({ error: "emailInvalid" }).trim().max(254, "emailInvalid").pipe(z.email("emailInvalid")) });

// Per address and per visitor, each hour: enough for a typo or a lost email, not for a mail bomb.
const PER_ADDRESS = 3;
const PER_IP = 20;
const LIFETIME = "24 hours";

export type WriterLinkRequest = Result<object, "emailInvalid" | "closed" | "tooMany">;
/** What the "email me a link" form shows: sent, or an error key under Write.errors with the address as typed. */
export type WriterLinkState = { sent?: boolean; error?: string; email?: string };

/**
 * "Email me a link to write": when the address has a confirmed signature on this campaign, a
 * single-use link (24 hours; only its hash kept) goes to the address it signed with. The answer is
 * the same whether or not it had signed, so nobody learns who signed from this form. A visitor is
 * limited by their client key as well as by the address.
 */
export async function requestWriterLink(context: Context, slug: string, locale: Locale, raw: unknown): Promise<WriterLinkRequest> {
  const parsed = writerLinkInput.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "emailInvalid" };
  const campaign = await getPublicCampaign(context, slug, locale);
  if (!campaign?.open || !campaign.lettersEnabled) return { ok: false, error: "closed" };
  const canonical = canonicalEmail(parsed.data.email);
  // Counted for every address, signed or not, so the limit says nothing about who signed either.
  if (await overLimit("writer-link:email", canonical, PER_ADDRESS, 3600)) return { ok: false, error: "tooMany" };
  const ipHash = clientKeyOf(context);
  if (ipHash && (await overLimit("writer-link:ip", ipHash, PER_IP, 3600))) return { ok: false, error: "tooMany" };

  const [signed] = await database(context)
    .select({ supporterId: signatures.supporterId, name: signatures.name, email: signatures.email, locale: signatures.locale })
    .from(signatures)
    .where(and(eq(signatures.campaignId, campaign.id), eq(signatures.canonicalEmail, canonical), eq(signatures.state, "confirmed")));
  if (!signed?.supporterId) return { ok: true };
  const supporterId = signed.supporterId;

  const { token, hash } = newSecretToken();
  await transaction(context, async (tx) => {
    await tx.db.insert(writerLinks).values({ tokenHash: hash, supporterId, campaignId: campaign.id, expiresAt: sql`now() + ${LIFETIME}::interval` });
    await queueEmail(tx, {
      category: "transactional",
      template: "writer-link",
      props: { name: signed.name, campaignTitle: campaign.title, writeUrl: writerLinkUrl(env().APP_URL, locale, slug, token) },
      locale,
      to: signed.email,
      toName: signed.name,
      supporterId: signed.supporterId,
      idempotencyKey: `writer-link/${hash}`,
    });
  });
  return { ok: true };
}
