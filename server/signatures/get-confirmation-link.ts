import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { campaigns, signatures } from "@/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import { hashSecretToken } from "@/lib/tokens/secret-token";

export type ConfirmationLink =
  | { status: "pending" | "confirmed" | "expired"; slug: string; title: string }
  | { status: "invalid" };

/**
 * What an emailed confirmation link is for, read only (opening the page must change nothing):
 * the petition it signs, in the page's language, and whether it still waits for its button, was
 * already used, or has expired. A link for a withdrawn or invalidated signature, or none, is invalid.
 */
export async function getConfirmationLink(token: string, locale: Locale): Promise<ConfirmationLink> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "invalid" };
  const [row] = await db()
    .select({ state: signatures.state, expiresAt: signatures.confirmTokenExpiresAt, slug: campaigns.slug, titleEn: campaigns.titleEn, titleFr: campaigns.titleFr })
    .from(signatures)
    .innerJoin(campaigns, eq(campaigns.id, signatures.campaignId))
    .where(eq(signatures.confirmTokenHash, hashSecretToken(token)));
  if (!row || (row.state !== "pending" && row.state !== "confirmed")) return { status: "invalid" };
  const title = locale === "fr" ? row.titleFr : row.titleEn;
  if (row.state === "confirmed") return { status: "confirmed", slug: row.slug, title };
  const expired = !row.expiresAt || row.expiresAt <= new Date();
  return { status: expired ? "expired" : "pending", slug: row.slug, title };
}
