import "server-only";
import { auth } from "@/auth";
import type { Role } from "@/lib/roles";

export type { Role };
export type Actor = { userId: string; email: string; role: Role };

/** The signed-in, enabled organiser behind this request, or null. */
export async function currentActor(): Promise<Actor | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email || user.disabled) return null;
  return { userId: user.id, email: user.email, role: user.role };
}

export class AuthorizationError extends Error {
  constructor(readonly reason: "signed-out" | "forbidden") {
    super(reason === "signed-out" ? "sign in first" : "your role does not allow this");
    this.name = "AuthorizationError";
  }
}

/**
 * Every admin verb starts here: the session and the role are checked on the server, whatever the
 * page or the proxy did before.
 */
export async function requireRole(roles: readonly Role[]): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AuthorizationError("signed-out");
  if (!roles.includes(actor.role)) throw new AuthorizationError("forbidden");
  return actor;
}
