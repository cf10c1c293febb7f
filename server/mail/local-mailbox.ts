import type { Env } from "@/lib/env";
import { isLoopbackHost } from "@/lib/http/loopback";

/**
 * Whether the local mailbox page is open: while no email leaves the machine (no Resend key) and the
 * web server listens only on this machine (npm start's default, HOSTNAME=localhost), anyone at the
 * keyboard may read what Chorus "sent", to follow a supporter's confirmation link while trying it.
 * Never with a mail provider, nor on a server others can reach, where it would hand out every
 * supporter's links.
 */
export function localMailboxEnabled(settings: Pick<Env, "HOSTNAME" | "MAIL_LOCAL">): boolean {
  return settings.MAIL_LOCAL && isLoopbackHost(settings.HOSTNAME);
}
