import "server-only";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { currentActor, type Actor } from "./current-actor";
import { can } from "./permissions";
import { pagePolicy, type AdminPage } from "./policy";

/**
 * For admin pages: the signed-in actor when the policy lets their role see `page`; anonymous
 * visitors are sent to sign in, and a role that may not gets null (the page says so). Data access
 * is checked again in each verb.
 */
export async function staffPage(locale: Locale, page: AdminPage): Promise<Actor | null> {
  const actor = await currentActor();
  if (!actor) return redirect({ href: "/admin/sign-in", locale });
  return can(actor.role, pagePolicy[page]) ? actor : null;
}
