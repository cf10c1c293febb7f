import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { signatures, writerLinks } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import { canonicalEmail } from "@/server/mail/canonical";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";
import { writerLinkUrl } from "@/server/mail/links";
import { newSecretToken } from "@/lib/tokens/secret-token";
import { getPublicCampaign } from "@/server/campaigns/get-public-campaign";
import { queueEmail } from "@/server/mail/queue-email";
import { overLimit } from "@/server/rate-limit/hit-window";

export const writerLinkInput = z.object({ email: z.string({ error: "emailInvalid" }).trim().max(254, "emailInvalid").pipe(z.email("emailInvalid")) });

// Per address and per visitor, each hour: enough for a typo or a lost email, not for a mail bomb.
const PER_ADDRESS = 3;
const PER_IP = 20;
const LIFETIME = "24 hours";

export type WriterLinkRequest = { ok: true } | { ok: false; error: "emailInvalid" | "closed" | "tooMany" };

/**
 * "Email me a link to write": when the address has a confirmed signature on this campaign, a
 * single-use link (24 hours; only its hash kept) goes to the address it signed with. The answer is
 * the same whether or not it had signed, so nobody learns who signed from this form.
 */
export async function requestWriterLink(slug: string, locale: Locale, raw: unknown, ipHash: string | null): Promise<WriterLinkRequest> {
  const parsed = writerLinkInput.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "emailInvalid" };
  const campaign = await getPublicCampaign(slug, locale);
  if (!campaign?.open || !campaign.lettersEnabled) return { ok: false, error: "closed" };
  const canonical = canonicalEmail(parsed.data.email);
  // Counted for every address, signed or not, so the limit says nothing about who signed either.
  if (await overLimit("writer-link:email", canonical, PER_ADDRESS, 3600)) return { ok: false, error: "tooMany" };
  if (ipHash && (await overLimit("writer-link:ip", ipHash, PER_IP, 3600))) return { ok: false, error: "tooMany" };

  const [signed] = await db()
    .select({ supporterId: signatures.supporterId, name: signatures.name, email: signatures.email, locale: signatures.locale })
    .from(signatures)
    .where(and(eq(signatures.campaignId, campaign.id), eq(signatures.canonicalEmail, canonical), eq(signatures.state, "confirmed")));
  if (!signed) return { ok: true };

  const { token, hash } = newSecretToken();
  await transaction(async (tx) => {
    await tx.db.insert(writerLinks).values({ tokenHash: hash, supporterId: signed.supporterId, campaignId: campaign.id, expiresAt: sql`now() + ${LIFETIME}::interval` });
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
