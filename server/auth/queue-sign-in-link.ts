import "server-only";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { signInLinkPageUrl } from "@/server/mail/sign-in-link";
import { transaction, type Context } from "@/server/context";
import { queueEmail } from "@/server/mail/queue-email";
import { isStaffMember } from "./is-staff-member";

/**
 * Queues a sign-in link for an organiser. Addresses without an account get nothing, silently:
 * the sign-in form answers the same either way. Each link is its own message (keyed by its hash).
 */
export async function queueSignInLink(ctx: Context, email: string, url: string): Promise<void> {
  const address = email.trim().toLowerCase();
  if (!(await isStaffMember(ctx, address))) return;
  const link = new URL(url);
  const token = link.searchParams.get("token") ?? url;
  await transaction(ctx, async (tx) => {
    const [user] = await tx.db.select({ name: users.name }).from(users).where(eq(users.email, address));
    await queueEmail(tx, {
      category: "transactional",
      template: "sign-in-link",
      // The page with the button, never the callback itself (see server/mail/sign-in-link.ts).
      props: { url: signInLinkPageUrl(url, localeOf(link)) },
      locale: localeOf(link),
      to: address,
      toName: user?.name ?? null,
      idempotencyKey: `sign-in/${createHash("sha256").update(token).digest("hex").slice(0, 40)}`,
    });
  });
}

/** The sign-in form's language, which Auth.js carries in the link's callbackUrl (/fr/admin…). */
function localeOf(link: URL): Locale {
  const callback = link.searchParams.get("callbackUrl");
  const first = callback ? new URL(callback, link).pathname.split("/")[1] : undefined;
  return isLocale(first) ? first : "en";
}
