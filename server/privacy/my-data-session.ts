import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { signToken, verifyToken } from "@/lib/tokens/signed-token";

/*
 * A supporter who spent a my-data link (server/privacy/open-my-data-link.ts) may read, export and
 * erase their data from this browser for half an hour: a signed, HTTP-only cookie naming them,
 * nothing stored. Short, because whoever sits at this browser next sees everything; SameSite=Lax,
 * so another site cannot post an export or an erasure in their name. After an erasure the cookie
 * names no one and is cleared.
 */

const COOKIE = "chorus_my_data";
const PURPOSE = "my-data-session";
export const MY_DATA_SESSION_SECONDS = 30 * 60;

export async function startMyDataSession(supporterId: string): Promise<void> {
  (await cookies()).set(COOKIE, signToken(env().AUTH_SECRET, PURPOSE, supporterId), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https://"),
    maxAge: MY_DATA_SESSION_SECONDS,
    path: "/",
  });
}

/** The supporter this browser proved to be by a my-data link, or null. */
export async function myDataSessionSupporter(): Promise<string | null> {
  const token = (await cookies()).get(COOKIE)?.value;
  return token ? verifyToken(env().AUTH_SECRET, PURPOSE, token, MY_DATA_SESSION_SECONDS) : null;
}

export async function endMyDataSession(): Promise<void> {
  (await cookies()).delete(COOKIE);
}
