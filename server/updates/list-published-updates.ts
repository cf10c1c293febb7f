import "server-only";
import { and, desc, eq, inArray, lte, or, sql } from "drizzle-orm";
import { z } from "zod";
import { campaigns, campaignUpdates, updateCitations } from "@/db/schema";
import { database, type Context } from "@/server/context";

export type PublishedUpdate = {
  id: string;
  campaign: { id: string; slug: string; title: { en: string; fr: string } };
  title: { en: string; fr: string };
  body: { en: string; fr: string };
  publishedAt: Date;
  updatedAt: Date;
  /** The findings it cites, in order (English text first). */
  citedIds: string[];
};

export type UpdatesPage = { updates: PublishedUpdate[]; next: string | null };

// The keyset cursor: the last update's publication time and id, opaque to readers.
const cursor = z.string().regex(/^\d+_[0-9a-f-]{36}$/);
const encode = (update: PublishedUpdate) => `${update.publishedAt.getTime()}_${update.id}`;

/**
 * Public updates, newest first: published ones, and scheduled ones whose time has come (decided
 * here at read time, so a scheduled update appears on the minute whatever the worker is doing), of
 * public campaigns only. A page of `limit` after the cursor `before` (keyset, so page 100 costs
 * what page 1 does); an unreadable cursor reads as the first page. Public: no actor check.
 */
export async function listPublishedUpdates(ctx: Context, options: { campaignId?: string; before?: string | null; limit?: number } = {}): Promise<UpdatesPage> {
  const db = database(ctx);
  const limit = Math.min(options.limit ?? 20, 100);
  const after = cursor.safeParse(options.before).success ? options.before!.split("_") : null;
  const at = after ? new Date(Number(after[0])) : null;
  const rows = await db
    .select({ update: campaignUpdates, slug: campaigns.slug, campaignTitleEn: campaigns.titleEn, campaignTitleFr: campaigns.titleFr })
    .from(campaignUpdates)
    .innerJoin(campaigns, eq(campaigns.id, campaignUpdates.campaignId))
    .where(
      and(
        lte(campaignUpdates.visibleFrom, sql`now()`),
        inArray(campaigns.status, ["live", "closed"]),
        options.campaignId ? eq(campaignUpdates.campaignId, options.campaignId) : undefined,
        at ? or(sql`${campaignUpdates.visibleFrom} < ${at.toISOString()}`, and(sql`${campaignUpdates.visibleFrom} = ${at.toISOString()}`, sql`${campaignUpdates.id} < ${after![1]}`)) : undefined,
      ),
    )
    .orderBy(desc(campaignUpdates.visibleFrom), desc(campaignUpdates.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const citations = page.length
    ? await db
        .select()
        .from(updateCitations)
        .where(
          inArray(
            updateCitations.updateId,
            page.map((row) => row.update.id),
          ),
        )
        .orderBy(updateCitations.position)
    : [];
  const updates = page.map(({ update, slug, campaignTitleEn, campaignTitleFr }): PublishedUpdate => ({
    id: update.id,
    campaign: { id: update.campaignId, slug, title: { en: campaignTitleEn, fr: campaignTitleFr } },
    title: { en: update.titleEn, fr: update.titleFr },
    body: { en: update.bodyEn, fr: update.bodyFr },
    publishedAt: update.visibleFrom!,
    updatedAt: update.updatedAt,
    citedIds: citations.filter((citation) => citation.updateId === update.id).map((citation) => citation.findingId),
  }));
  return { updates, next: rows.length > limit ? encode(updates.at(-1)!) : null };
}
