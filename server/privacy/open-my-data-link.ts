import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { myDataLinks } from "@/db/schema";
import { failed, ok, type Result } from "@/lib/result";
import { hashSecretToken, isSecretToken } from "@/lib/tokens/secret-token";
import { transaction, type Context } from "@/server/context";

export type OpenedMyDataLink = Result<{ supporterId: string }, "expired">;

/**
 * Spends a my-data link (see requestMyDataLink): the supporter it was sent to, once, before it
 * expires; "expired" for a used, expired or unknown link, alike. One UPDATE both checks and
 * spends it, so two presses racing each other cannot both get in. Called from the page's button,
 * never from opening the link: mail scanners follow links, they do not press buttons. The caller
 * starts the my-data session in the browser (the cookie stays in the action).
 */
export async function openMyDataLink(ctx: Context, token: string): Promise<OpenedMyDataLink> {
  if (!isSecretToken(token)) return failed("expired");
  const [link] = await transaction(ctx, ({ db }) =>
    db
      .update(myDataLinks)
      .set({ usedAt: sql`now()` })
      .where(and(eq(myDataLinks.tokenHash, hashSecretToken(token)), isNull(myDataLinks.usedAt), gt(myDataLinks.expiresAt, sql`now()`)))
      .returning({ supporterId: myDataLinks.supporterId }),
  );
  return link ? ok(link) : failed("expired");
}
