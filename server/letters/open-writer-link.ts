import { isSecretToken } from "@/lib/tokens/secret-token";
import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { writerLinks } from "@/db/schema";
import { failed, ok, type Result } from "@/lib/result";
import { hashSecretToken } from "@/lib/tokens/secret-token";
import { transaction, type Context } from "@/server/context";

export type OpenedWriterLink = Result<{ supporterId: string; campaignId: string }, "expired">;

/**
 * Spends a writer link (see requestWriterLink): the supporter it was sent to, once, before it
 * expires; "expired" for a used, expired or unknown link. Called from the page's button, never
 * from the GET of the link, so a mail scanner that follows links spends nothing. The caller
 * remembers the supporter in the browser (the writer cookie stays in the action).
 */
export async function openWriterLink(context: Context, token: string): Promise<OpenedWriterLink> {
  if (!isSecretToken(token)) return failed("expired");
  const [link] = await transaction(context, ({ db }) =>
    db
      .update(writerLinks)
      .set({ usedAt: sql`now()` })
      .where(and(eq(writerLinks.tokenHash, hashSecretToken(token)), isNull(writerLinks.usedAt), gt(writerLinks.expiresAt, sql`now()`)))
      .returning({ supporterId: writerLinks.supporterId, campaignId: writerLinks.campaignId }),
  );
  return link ? ok(link) : failed("expired");
}
