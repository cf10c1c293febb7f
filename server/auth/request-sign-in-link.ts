import "server-only";
import { z } from "zod";
import { signIn } from "@/auth";
import type { Locale } from "@/lib/i18n/routing";
import { env } from "@/lib/env";
import { overLimit } from "@/server/rate-limit/hit-window";
import { clientIpHash } from "@/server/request/client-ip-hash";

export const signInInput = z.object({ email: z.email().max(320) });


/**
 * Asks Auth.js for a sign-in link for this address. It reaches the address only if it belongs to
 * an organiser, and at most SIGN_IN_LIMIT_PER_EMAIL_PER_HOUR times an hour per address (5: enough
 * for someone who mistypes or loses an email, too few to flood an inbox) and SIGN_IN_LIMIT_PER_IP_PER_HOUR
 * per IP address (20); the answer
 * is the same in every case. After signing in, the organiser lands on the panel in their language.
 */
export async function requestSignInLink(input: unknown, locale: Locale): Promise<{ ok: true } | { ok: false; field: "email" }> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) return { ok: false, field: "email" };
  const email = parsed.data.email.trim().toLowerCase();
  const ip = await clientIpHash();
  const [byAddress, byIp] = await Promise.all([
    overLimit(`sign-in:email:${email}`, env().SIGN_IN_LIMIT_PER_EMAIL_PER_HOUR, 3600),
    ip ? overLimit(`sign-in:ip:${ip}`, env().SIGN_IN_LIMIT_PER_IP_PER_HOUR, 3600) : Promise.resolve(false),
  ]);
  if (byAddress || byIp) return { ok: true };
  await signIn("email", { email, redirectTo: `/${locale}/admin`, redirect: false });
  return { ok: true };
}
