import "server-only";
import { auth } from "@/auth";
import type { StaffActor } from "@/server/context";

/** Who is signed in, as the session gives it; a verb sees them as the StaffActor of its context. */
export type Actor = Omit<StaffActor, "kind">;

/** The signed-in, enabled organiser behind this request, or null. */
export async function currentActor(): Promise<Actor | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email || user.disabled) return null;
  return { userId: user.id, email: user.email, role: user.role };
}
