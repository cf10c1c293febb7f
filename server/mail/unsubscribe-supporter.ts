import "server-only";
import { eq, sql } from "drizzle-orm";
import { consentRecords, emailSuppressions, supporters } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import { env } from "@/lib/env";
import { supporterFromToken } from "./links";

export type UnsubscribeSource = "one-click" | "email-link" | "preferences-page";
export type UnsubscribeResult = { ok: true; alreadyUnsubscribed: boolean } | { ok: false };

/**
 * Stops all bulk mail to the supporter named by a signed email token, without signing in. Only
 * POSTs call it (the one-click header, the unsubscribe and preferences pages' buttons), never a
 * page being opened: their status becomes "unsubscribed", the address goes on the suppression list and
 * the withdrawal is recorded as consent evidence. Repeating it changes nothing and records nothing.
 */
export async function unsubscribeSupporter(token: string, source: UnsubscribeSource): Promise<UnsubscribeResult> {
  const supporterId = supporterFromToken(env().AUTH_SECRET, token);
  if (!supporterId) return { ok: false };
  return transaction(async ({ db }) => {
    const [supporter] = await db.select().from(supporters).where(eq(supporters.id, supporterId)).for("update");
    if (!supporter) return { ok: false } as const;
    await db
      .insert(emailSuppressions)
      .values({ address: supporter.canonicalEmail, reason: "unsubscribed", detail: source })
      .onConflictDoNothing();
    const alreadyUnsubscribed = supporter.subscriptionStatus === "unsubscribed";
    if (!alreadyUnsubscribed) {
      await db.update(supporters).set({ subscriptionStatus: "unsubscribed", updatedAt: sql`now()` }).where(eq(supporters.id, supporter.id));
      await db.insert(consentRecords).values({
        supporterId: supporter.id,
        purpose: "updates",
        action: "withdrawn",
        locale: supporter.locale,
        source: { "one-click": "List-Unsubscribe-Post", "email-link": "email unsubscribe link", "preferences-page": "preferences page" }[source],
      });
    }
    return { ok: true, alreadyUnsubscribed } as const;
  });
}
