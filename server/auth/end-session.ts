import "server-only";
import { signOut } from "@/auth";
import type { Context } from "@/server/context";
import { authorize } from "./permissions";

/** Signs this browser out: its session row is deleted, not just its cookie. */
export async function endSession(ctx: Context): Promise<void> {
  authorize(ctx, "session.end");
  await signOut({ redirect: false });
}
