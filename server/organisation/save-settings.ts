import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { multiLineText, singleLineText } from "@/lib/text/plain-text";
import { organisationSettings } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import { recordAudit } from "@/server/audit/record-audit";
import { requireRole } from "@/server/auth/current-actor";
import { actionPolicy, pagePolicy } from "@/server/auth/policy";
import { db } from "@/db/client";
import { isTimeZone } from "@/lib/time/zoned-time";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const settingsInput = z.object({
  name: singleLineText().trim().min(1, "required").max(200, "tooLong"),
  // Blank (even spaces only): no French name, and French pages use `name`.
  nameFr: singleLineText().trim().max(200, "tooLong").optional(),
  mailingAddress: multiLineText().trim().min(10, "addressRequired").max(400, "tooLong"),
  contactEmail: z.email("emailInvalid"),
  // "Name <address>" or an address, on a domain verified with Resend.
  fromAddress: optional(z.string().trim().regex(/^(?:[^<>\r\n]+<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, "fromInvalid")),
  replyTo: optional(z.email("emailInvalid")),
  defaultLocale: z.enum(["en", "fr"]),
  // Every date in the panel is shown and typed in this zone (an IANA name, e.g. America/Toronto).
  timeZone: z.string().trim().refine(isTimeZone, "timeZoneInvalid"),
});

/** The organisation's identity and mail settings (administrators only). */
export async function getSettings() {
  await requireRole(pagePolicy["/admin/settings"]);
  const [row] = await db().select().from(organisationSettings).limit(1);
  return row ?? null;
}

/**
 * Saves who the organisation is and how its mail is signed (administrators only). Every email shows
 * the name, mailing address and contact (CASL), so all three are required. Audited.
 */
export async function saveSettings(raw: unknown): Promise<{ ok: true } | { ok: false; errors: Record<string, string> }> {
  const actor = await requireRole(actionPolicy.saveSettingsAction);
  const parsed = settingsInput.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])) };
  const values = { ...parsed.data, nameFr: parsed.data.nameFr || null, fromAddress: parsed.data.fromAddress ?? null, replyTo: parsed.data.replyTo ?? null };
  return transaction(async ({ db: tx }) => {
    const [before] = await tx.select().from(organisationSettings).where(eq(organisationSettings.id, 1)).for("update");
    const [after] = await tx
      .insert(organisationSettings)
      .values({ id: 1, ...values })
      .onConflictDoUpdate({ target: organisationSettings.id, set: { ...values, updatedAt: sql`now()` } })
      .returning();
    await recordAudit(tx, actor, { action: "settings.update", entityType: "organisation", entityId: "1", before: before ?? null, after });
    return { ok: true } as const;
  });
}
