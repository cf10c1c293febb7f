import { expect, type Page } from "@playwright/test";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { campaigns } from "@/db/schema";
import { demoCampaign } from "@/db/seed/content";

/**
 * The integration tests share the browser tests' database and leave many live campaigns, and the
 * home page lists the fifty newest, as a visitor's first page would: the demo campaign is made the
 * newest of them, for the tests that find it there.
 */
export async function makeDemoCampaignNewest(db: Database): Promise<void> {
  await db
    .update(campaigns)
    .set({ createdAt: sql`now()` })
    .where(eq(campaigns.slug, demoCampaign.slug));
}

/** Opens the home page until it lists the campaign: it is rebuilt at most every five seconds, so a first visit may show the one built before. */
export async function openHomeListing(page: Page, path: string, title: string): Promise<void> {
  await expect(async () => {
    await page.goto(path);
    await expect(page.getByRole("link", { name: title })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}
