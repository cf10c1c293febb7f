import "server-only";
import { eq, sql } from "drizzle-orm";
import { consentRecords, emailSuppressions, supporters } from "@/db/schema";
import { env } from "@/lib/env";
import { failed, ok, type Result } from "@/lib/result";
import { transaction, type Context } from "@/server/context";
import { supporterFromToken } from "./links";

export type UnsubscribeSource = "one-click" | "email-link" | "preferences-page";
export type UnsubscribeResult = Result<{ alreadyUnsubscribed: boolean }, "invalid">;

/**
 * Stops all bulk mail to the supporter named by a signed email token, without signing in. Only
 * POSTs call it (the one-click header, the unsubscribe and preferences pages' buttons), never a
 * page being opened: their status becomes "unsubscribed", the address goes on the suppression list and
 * the withdrawal is recorded as consent evidence. Repeating it changes nothing and records nothing.
 * A forged, altered or expired token, or one whose supporter is gone, is "invalid".
 */
export async function unsubscribeSupporter(ctx: Context, token: string, source: UnsubscribeSource): Promise<UnsubscribeResult> {
  const supporterId = supporterFromToken(env().AUTH_SECRET, token);
  if (!supporterId) return failed("invalid");
  return transaction(ctx, async ({ db }) => {
    const [supporter] = await db.select().from(supporters).where(eq(supporters.id, supporterId)).for("update");
    if (!supporter) return failed("invalid");
    await db.insert(emailSuppressions).values({ address: supporter.canonicalEmail, reason: "unsubscribed", detail: source }).onConflictDoNothing();
    const alreadyUnsubscribed = supporter.subscriptionStatus === "unsubscribed";
    if (!alreadyUnsubscribed) {
      await db
        .update(supporters)
        .set({ subscriptionStatus: "unsubscribed", updatedAt: sql`now()` })
        .where(eq(supporters.id, supporter.id));
      await db.insert(consentRecords).values({
        supporterId: supporter.id,
        purpose: "updates",
        action: "withdrawn",
        locale: supporter.locale,
        source: { "one-click": "List-Unsubscribe-Post", "email-link": "email unsubscribe link", "preferences-page": "preferences page" }[source],
      });
    }
    return ok({ alreadyUnsubscribed });
  });
}
