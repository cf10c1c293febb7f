import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { campaignMutes, signatures, supporters } from "@/db/schema";
import { env } from "@/lib/env";
import { locales } from "@/lib/i18n/routing";
import { failed, ok, type Result } from "@/lib/result";
import { transaction, type Context } from "@/server/context";
import { supporterFromToken } from "@/server/mail/links";

export const preferencesInput = z.object({
  locale: z.enum(locales, { error: "invalidChoice" }),
  // The campaigns whose updates the supporter keeps; every other campaign they signed is muted.
  hearing: z.array(z.uuid({ error: "invalidChoice" })).max(500, "invalidChoice"),
});

export type SavePreferencesResult = Result<object, "invalid" | "invalidChoice">;

/**
 * Saves the preferences page for the supporter named by an email's signed token: the language of
 * our emails, and which of the campaigns they signed they still hear about. Ids of campaigns they
 * did not sign are ignored, so the page cannot mute or unmute anyone else's choices. Takes the
 * page's form as posted (its "locale" and each checked "hearing"), or those values.
 */
export async function savePreferences(ctx: Context, token: string, input: unknown): Promise<SavePreferencesResult> {
  const supporterId = supporterFromToken(env().AUTH_SECRET, token);
  if (!supporterId) return failed("invalid");
  const raw = input instanceof FormData ? { locale: String(input.get("locale") ?? ""), hearing: input.getAll("hearing").map(String) } : input;
  const parsed = preferencesInput.safeParse(raw);
  if (!parsed.success) return failed("invalidChoice");
  const keep = new Set(parsed.data.hearing);
  return transaction(ctx, async ({ db }) => {
    const [supporter] = await db.select({ id: supporters.id }).from(supporters).where(eq(supporters.id, supporterId)).for("update");
    if (!supporter) return failed("invalid");
    await db
      .update(supporters)
      .set({ locale: parsed.data.locale, updatedAt: sql`now()` })
      .where(eq(supporters.id, supporterId));
    const signed = await db
      .select({ campaignId: signatures.campaignId })
      .from(signatures)
      .where(and(eq(signatures.supporterId, supporterId), eq(signatures.state, "confirmed")));
    const signedIds = signed.map((row) => row.campaignId);
    if (signedIds.length > 0) await db.delete(campaignMutes).where(and(eq(campaignMutes.supporterId, supporterId), inArray(campaignMutes.campaignId, signedIds)));
    const muted = signedIds.filter((id) => !keep.has(id));
    if (muted.length > 0) await db.insert(campaignMutes).values(muted.map((campaignId) => ({ supporterId, campaignId })));
    return ok();
  });
}
