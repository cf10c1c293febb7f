import "server-only";
import { env } from "@/lib/env";
import { clientKeyOf, type Context } from "@/server/context";
import { overLimit } from "@/server/rate-limit/hit-window";

/**
 * Counts a request for a sign-in link and says whether it is over either limit: at most
 * SIGN_IN_LIMIT_PER_EMAIL_PER_HOUR an hour per address (5: enough for someone who mistypes or
 * loses an email, too few to flood an inbox) and SIGN_IN_LIMIT_PER_IP_PER_HOUR per client (20).
 * Both are counted for every address, known or not, so hitting a limit says nothing about who has
 * an account. The client is the one of the visitor's context. Called from the email provider
 * itself (auth.ts), which every way of asking for a link goes through: our form's server action
 * and Auth.js's own POST /api/auth/signin/email.
 */
export async function signInLinkOverLimit(ctx: Context, email: string): Promise<boolean> {
  const ipHash = clientKeyOf(ctx);
  const [byAddress, byIp] = await Promise.all([overLimit("sign-in:email", email, env().SIGN_IN_LIMIT_PER_EMAIL_PER_HOUR, 3600), ipHash ? overLimit("sign-in:ip", ipHash, env().SIGN_IN_LIMIT_PER_IP_PER_HOUR, 3600) : Promise.resolve(false)]);
  return byAddress || byIp;
}
