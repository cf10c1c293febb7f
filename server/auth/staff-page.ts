import "server-only";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { currentActor, type Actor, type Role } from "./current-actor";

/**
 * For admin pages: the signed-in actor when their role may see the page; anonymous visitors are
 * sent to sign in, and a role that may not gets null (the page says so). Data access is checked
 * again in each verb.
 */
export async function staffPage(locale: Locale, roles: readonly Role[]): Promise<Actor | null> {
  const actor = await currentActor();
  if (!actor) return redirect({ href: "/admin/sign-in", locale });
  return roles.includes(actor.role) ? actor : null;
}
