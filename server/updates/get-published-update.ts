import "server-only";
import { eq, inArray, lte, sql, and } from "drizzle-orm";
import { z } from "zod";
import { campaigns, campaignUpdates } from "@/db/schema";
import { isSlug } from "@/lib/text/slug";
import type { Context } from "@/server/context";
import type { PublishedUpdate } from "./list-published-updates";
import { readUpdate } from "./read-update";

/**
 * One public update of a public campaign (see listPublishedUpdates for what public means), or
 * null: unknown, not yet public, or of another campaign. Public: no actor check.
 */
export async function getPublishedUpdate(ctx: Context, campaignSlug: string, updateId: string): Promise<PublishedUpdate | null> {
  if (!z.uuid().safeParse(updateId).success || !isSlug(campaignSlug)) return null;
  return readUpdate(ctx, updateId, and(eq(campaigns.slug, campaignSlug), inArray(campaigns.status, ["live", "closed"]), lte(campaignUpdates.visibleFrom, sql`now()`))!);
}
