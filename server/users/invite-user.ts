import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { singleLineText } from "@/lib/text/plain-text";
import { users } from "@/db/schema";
import { env } from "@/lib/env";
import type { FormState } from "@/lib/forms/form-state";
import { issueFields } from "@/lib/forms/issue-fields";
import { isLocale } from "@/lib/i18n/routing";
import { signInPageUrl } from "@/server/mail/links";
import { failed, ok, type Result } from "@/lib/result";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";
import { queueEmail } from "@/server/mail/queue-email";

export const inviteInput = z.object({
  email: z
    .email("emailInvalid")
    .max(320, "emailInvalid")
    .transform((value) => value.trim().toLowerCase()),
  name: singleLineText().trim().max(120, "nameTooLong").optional(),
  role: z.enum(["admin", "organiser", "viewer"], "roleInvalid"),
  locale: z.string().optional(),
});

/** What the invitation form shows after a post: its errors and values, or who was invited. */
export type InviteState = FormState & { invited?: string };

/** A refused invitation: a field is invalid, or the address has an account already (fields.email). */
export type InviteResult = Result<object, "invalid" | "alreadyInvited">;

/**
 * Gives someone an account (administrators only) and emails them how to sign in. Accounts exist
 * only this way: nobody can sign up. Inviting an address that has an account changes nothing.
 */
export async function inviteUser(ctx: Context, input: unknown): Promise<InviteResult> {
  const actor = authorize(ctx, "users.manage");
  const parsed = inviteInput.safeParse(input);
  if (!parsed.success) return failed("invalid", issueFields(parsed.error));
  const { email, name, role } = parsed.data;
  const locale = isLocale(parsed.data.locale) ? parsed.data.locale : "en";
  return transaction(ctx, async (tx) => {
    const [existing] = await tx.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) return failed("alreadyInvited", { email: "alreadyInvited" });
    const [user] = await tx.db
      .insert(users)
      .values({ email, name: name || null, role, invitedBy: actor.userId })
      .returning();
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
    return ok();
  });
}
