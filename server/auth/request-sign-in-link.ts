import "server-only";
import { z } from "zod";
import { signIn } from "@/auth";
import type { Locale } from "@/lib/i18n/routing";

export const signInInput = z.object({ email: z.email().max(320) });

/**
 * Asks Auth.js for a sign-in link for this address (it reaches the address only if it belongs to
 * an organiser; the answer is the same either way). After signing in, the organiser lands on the
 * panel in the language they used.
 */
export async function requestSignInLink(input: unknown, locale: Locale): Promise<{ ok: true } | { ok: false; field: "email" }> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) return { ok: false, field: "email" };
  await signIn("email", { email: parsed.data.email.trim().toLowerCase(), redirectTo: `/${locale}/admin`, redirect: false });
  return { ok: true };
}
