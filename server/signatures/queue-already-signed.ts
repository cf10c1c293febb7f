import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { emailSuppressions } from "@/db/schema";
import { env } from "@/lib/env";
import { localizedPath } from "@/lib/i18n/localized-path";
import { UNDELIVERABLE_REASONS } from "@/server/mail/suppression-rule";
import type { Locale } from "@/lib/i18n/routing";
import { clientKeyOf, type Context, type TxContext } from "@/server/context";
import { queueEmail } from "@/server/mail/queue-email";
import { overLimit } from "@/server/rate-limit/hit-window";

type Signature = { id: string; name: string; email: string; canonicalEmail: string; supporterId: string };
type Campaign = { slug: string; title: string; lettersEnabled: boolean };

// Per visitor, each hour: a person re-signing by mistake sends one or two, not a list of addresses.
const PER_IP_PER_HOUR = 20;

/** One email per signature per calendar day (UTC): the sign form must not become a way to mail someone over and over. */
export const alreadySignedKey = (signatureId: string, now = new Date()) => `already-signed/${signatureId}/${now.toISOString().slice(0, 10)}`;

/**
 * Whether this visitor (its client key, from the context) has had twenty already-signed emails
 * sent on its behalf this hour; counts this one. Counted on the pool: call it with no transaction
 * open. Called inside one, each waiting transaction held a connection while it asked for another,
 * and ten re-signs at once took a web process's whole pool and never gave it back.
 */
export async function alreadySignedOverLimit(context: Context): Promise<boolean> {
  const ipHash = clientKeyOf(context);
  if (!ipHash) return false;
  return overLimit("already-signed:ip", ipHash, PER_IP_PER_HOUR, 3600);
}

/**
 * Tells a confirmed signer, by email only, that their address was used to sign the same petition
 * again (the page answers as it does for anyone, so it reveals nothing), with the next step: write
 * to their representatives when the campaign has letters, else share it. In the language of the
 * form just used. At most one a day per signature (the idempotency key); never to an address that
 * bounced or complained. The caller checks alreadySignedOverLimit first. Returns whether an email was queued.
 */
export async function queueAlreadySigned(tx: TxContext, signature: Signature, campaign: Campaign, locale: Locale): Promise<boolean> {
  const [blocked] = await tx.db
    .select({ reason: emailSuppressions.reason })
    .from(emailSuppressions)
    .where(and(eq(emailSuppressions.address, signature.canonicalEmail), inArray(emailSuppressions.reason, [...UNDELIVERABLE_REASONS])));
  if (blocked) return false;
  const next = campaign.lettersEnabled ? "write" : "share";
  const path = next === "write" ? localizedPath(locale, "/campaigns/[slug]/write", { slug: campaign.slug }) : localizedPath(locale, "/campaigns/[slug]", { slug: campaign.slug });
  const { queued } = await queueEmail(tx, {
    category: "transactional",
    template: "already-signed",
    props: { name: signature.name, campaignTitle: campaign.title, next, nextUrl: `${env().APP_URL.replace(/\/$/, "")}${path}` },
    locale,
    to: signature.email,
    toName: signature.name,
    supporterId: signature.supporterId,
    idempotencyKey: alreadySignedKey(signature.id),
  });
  return queued;
}
