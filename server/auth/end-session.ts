import "server-only";
import { signOut } from "@/auth";

/** Signs this browser out: its session row is deleted, not just its cookie. */
export async function endSession(): Promise<void> {
  await signOut({ redirect: false });
}
