import "server-only";
import { z } from "zod";
import { signIn } from "@/auth";
import type { Locale } from "@/lib/i18n/routing";

export const signInInput = z.object({ email: z.email().max(320) });

/** What the sign-in form shows after a post: nothing, or that the address is not one. */
export type SignInState = { error?: "email" };

/**
 * Asks Auth.js for a sign-in link for this address. It reaches the address only if it belongs to
 * an organiser and the request is within the per-address and per-IP limits, both checked by the
 * email provider (auth.ts, sign-in-link-over-limit.ts) so that posting to Auth.js's own endpoint
 * is limited alike; the answer is the same in every case. After signing in, the organiser lands
 * on the panel in their language.
 */
export async function requestSignInLink(input: unknown, locale: Locale): Promise<{ ok: true } | { ok: false; field: "email" }> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) return { ok: false, field: "email" };
  const email = parsed.data.email.trim().toLowerCase();
  await signIn("email", { email, redirectTo: `/${locale}/admin`, redirect: false });
  return { ok: true };
}
