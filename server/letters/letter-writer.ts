import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { signToken, verifyToken } from "@/lib/tokens/signed-token";

/*
 * Who may write letters from this browser: a supporter who has just confirmed a signature (their
 * email is proven by that click). A signed, HTTP-only cookie for two hours; nothing is stored.
 */

const COOKIE = "chorus_letter_writer";
const PURPOSE = "letter-writer";
/** How long a confirmed signer may write from this browser (the privacy page states it). */
export const LETTER_WRITER_SECONDS = 2 * 3600;
const MAX_AGE = LETTER_WRITER_SECONDS;

export async function rememberLetterWriter(supporterId: string): Promise<void> {
  (await cookies()).set(COOKIE, signToken(env().AUTH_SECRET, PURPOSE, supporterId), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https://"),
    maxAge: MAX_AGE,
    path: "/",
  });
}

/** The supporter this browser proved to be, or null. */
export async function currentLetterWriter(): Promise<string | null> {
  const token = (await cookies()).get(COOKIE)?.value;
  return token ? verifyToken(env().AUTH_SECRET, PURPOSE, token, MAX_AGE) : null;
}
