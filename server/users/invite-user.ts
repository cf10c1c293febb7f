import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { singleLineText } from "@/lib/text/plain-text";
import { users } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/routing";
import { signInPageUrl } from "@/server/mail/links";
import { recordAudit } from "@/server/audit/record-audit";
import { requireRole } from "@/server/auth/current-actor";
import { actionPolicy } from "@/server/auth/policy";
import { queueEmail } from "@/server/mail/queue-email";

export const inviteInput = z.object({
  email: z.email("emailInvalid").max(320, "emailInvalid").transform((value) => value.trim().toLowerCase()),
  name: singleLineText().trim().max(120, "nameTooLong").optional(),
  role: z.enum(["admin", "organiser", "viewer"], "roleInvalid"),
  locale: z.string().optional(),
});

export type InviteResult = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * Gives someone an account (administrators only) and emails them how to sign in. Accounts exist
 * only this way: nobody can sign up. Inviting an address that has an account changes nothing.
 */
export async function inviteUser(input: unknown): Promise<InviteResult> {
  const actor = await requireRole(actionPolicy.inviteUserAction);
  const parsed = inviteInput.safeParse(input);
  if (!parsed.success) return { ok: false, errors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])) };
  const { email, name, role } = parsed.data;
  const locale = isLocale(parsed.data.locale) ? parsed.data.locale : "en";
  return transaction(async (tx) => {
    const [existing] = await tx.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) return { ok: false, errors: { email: "alreadyInvited" } } as const;
    const [user] = await tx.db.insert(users).values({ email, name: name || null, role, invitedBy: actor.userId }).returning();
    await recordAudit(tx.db, actor, { action: "user.invite", entityType: "user", entityId: user!.id, after: { email, role } });
    await queueEmail(tx, {
      category: "transactional",
      template: "invitation",
      props: { inviter: actor.email, role, signInUrl: signInPageUrl(env().APP_URL, locale) },
      locale,
      to: email,
      toName: name || null,
      idempotencyKey: `invite/${user!.id}`,
    });
    return { ok: true } as const;
  });
}
