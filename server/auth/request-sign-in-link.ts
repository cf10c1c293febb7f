import "server-only";
import { z } from "zod";
import { signIn } from "@/auth";
import type { Locale } from "@/lib/i18n/routing";
import { overLimit } from "@/server/rate-limit/hit-window";
import { clientIpHash } from "@/server/request/client-ip-hash";

export const signInInput = z.object({ email: z.email().max(320) });

// Enough for someone who mistypes or loses an email; too few to flood an inbox or guess at links.
const PER_ADDRESS_PER_HOUR = 5;
const PER_IP_PER_HOUR = 20;

/**
 * Asks Auth.js for a sign-in link for this address. It reaches the address only if it belongs to
 * an organiser, and at most five times an hour per address and twenty per IP address; the answer
 * is the same in every case. After signing in, the organiser lands on the panel in their language.
 */
export async function requestSignInLink(input: unknown, locale: Locale): Promise<{ ok: true } | { ok: false; field: "email" }> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) return { ok: false, field: "email" };
  const email = parsed.data.email.trim().toLowerCase();
  const ip = await clientIpHash();
  const [byAddress, byIp] = await Promise.all([
    overLimit(`sign-in:email:${email}`, PER_ADDRESS_PER_HOUR, 3600),
    ip ? overLimit(`sign-in:ip:${ip}`, PER_IP_PER_HOUR, 3600) : Promise.resolve(false),
  ]);
  if (byAddress || byIp) return { ok: true };
  await signIn("email", { email, redirectTo: `/${locale}/admin`, redirect: false });
  return { ok: true };
}
