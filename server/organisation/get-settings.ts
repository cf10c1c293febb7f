import "server-only";
import { organisationSettings } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";

/** The organisation's identity and mail settings (administrators only). */
export async function getSettings(ctx: Context) {
  authorize(ctx, "settings.manage");
  const [row] = await database(ctx).select().from(organisationSettings).limit(1);
  return row ?? null;
}
