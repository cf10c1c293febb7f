import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { multiLineText, singleLineText } from "@/lib/text/plain-text";
import { organisationSettings } from "@/db/schema";
import type { FormState } from "@/lib/forms/form-state";
import { issueFields } from "@/lib/forms/issue-fields";
import { failed, ok, type Result } from "@/lib/result";
import { isTimeZone } from "@/lib/time/zoned-time";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const settingsInput = z.object({
  name: singleLineText().trim().min(1, "required").max(200, "tooLong"),
  // Blank (even spaces only): no French name, and French pages use `name`.
  nameFr: singleLineText().trim().max(200, "tooLong").optional(),
  mailingAddress: multiLineText().trim().min(10, "addressRequired").max(400, "tooLong"),
  contactEmail: z.email("emailInvalid"),
  // "Name <address>" or an address, on a domain verified with Resend.
  fromAddress: optional(
    z
      .string()
      .trim()
      .regex(/^(?:[^<>\r\n]+<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, "fromInvalid"),
  ),
  replyTo: optional(z.email("emailInvalid")),
  defaultLocale: z.enum(["en", "fr"]),
  // Every date in the panel is shown and typed in this zone (an IANA name, e.g. America/Toronto).
  timeZone: z.string().trim().refine(isTimeZone, "timeZoneInvalid"),
});

/** What the settings form shows after a post: its errors and values, or that it was saved. */
export type SettingsState = FormState & { saved?: boolean };

/**
 * Saves who the organisation is and how its mail is signed (administrators only). Every email shows
 * the name, mailing address and contact (CASL), so all three are required. Audited.
 */
export async function saveSettings(ctx: Context, raw: unknown): Promise<Result<object, "invalid">> {
  const actor = authorize(ctx, "settings.manage");
  const parsed = settingsInput.safeParse(raw);
  if (!parsed.success) return failed("invalid", issueFields(parsed.error));
  const values = { ...parsed.data, nameFr: parsed.data.nameFr || null, fromAddress: parsed.data.fromAddress ?? null, replyTo: parsed.data.replyTo ?? null };
  return transaction(ctx, async ({ db: tx }) => {
    const [before] = await tx.select().from(organisationSettings).where(eq(organisationSettings.id, 1)).for("update");
    const [after] = await tx
      .insert(organisationSettings)
      .values({ id: 1, ...values })
      .onConflictDoUpdate({ target: organisationSettings.id, set: { ...values, updatedAt: sql`now()` } })
      .returning();
    await recordAudit(tx, actor, { action: "settings.update", entityType: "organisation", entityId: "1", before: before ?? null, after });
    return ok();
  });
}
