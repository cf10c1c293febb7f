import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { writerLinks } from "@/db/schema";
import { hashSecretToken } from "@/lib/tokens/secret-token";

/**
 * Spends a writer link (see requestWriterLink): the supporter it was sent to, once, before it
 * expires; null for a used, expired or unknown link. Called from the page's button, never from
 * the GET of the link, so a mail scanner that follows links spends nothing.
 */
export async function openWriterLink(token: string): Promise<{ supporterId: string; campaignId: string } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [link] = await db()
    .update(writerLinks)
    .set({ usedAt: sql`now()` })
    .where(and(eq(writerLinks.tokenHash, hashSecretToken(token)), isNull(writerLinks.usedAt), gt(writerLinks.expiresAt, sql`now()`)))
    .returning({ supporterId: writerLinks.supporterId, campaignId: writerLinks.campaignId });
  return link ?? null;
}
