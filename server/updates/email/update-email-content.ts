import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { campaigns, campaignUpdates, findings, findingSources } from "@/db/schema";
import type { CampaignUpdateProps } from "@/emails/campaign-update";
import { emailTranslator } from "@/emails/i18n";
import { env } from "@/lib/env";
import { localizedPath } from "@/lib/i18n/localized-path";
import type { Locale } from "@/lib/i18n/routing";
import { citedIdsOf, numberCitations } from "@/lib/updates/citations";

export type UpdateEmailContent = Record<Locale, Omit<CampaignUpdateProps, "recipientName">>;
type Found = { id: string; titleEn: string; titleFr: string; date: string; source: { url: string; publisher: string | null } | null };

const absolute = (path: string) => `${env().APP_URL.replace(/\/$/, "")}${path}`;

/** The update's citations as a numbered list of the findings, each with its issuing body's own source. */
function sourcesSection(locale: Locale, cited: { n: number; id: string; href: string }[], byId: Map<string, Found>): string {
  if (cited.length === 0) return "";
  const heading = emailTranslator(locale)("Update.sources");
  const lines = cited.map(({ n, id, href }) => {
    const finding = byId.get(id)!;
    const title = locale === "fr" ? finding.titleFr : finding.titleEn;
    const original = finding.source ? ` — [${finding.source.publisher ?? finding.source.url}](${finding.source.url})` : "";
    return `${n}. [${title}](${href}) (${finding.date})${original}`;
  });
  return `\n\n---\n\n**${heading}**\n\n${lines.join("\n")}`;
}

/**
 * An update as its email says it, in each language: the title, the Markdown with each citation a
 * numbered link to the finding's page and a list of those findings at the end (with the issuing
 * body's own document where the record has one), and the address of the update on the site.
 */
export async function updateEmailContent(updateId: string): Promise<UpdateEmailContent | null> {
  const [row] = await db()
    .select({ update: campaignUpdates, slug: campaigns.slug })
    .from(campaignUpdates)
    .innerJoin(campaigns, eq(campaigns.id, campaignUpdates.campaignId))
    .where(eq(campaignUpdates.id, updateId));
  if (!row) return null;
  const { update, slug } = row;
  const ids = citedIdsOf({ en: update.bodyEn, fr: update.bodyFr });
  const rows = ids.length
    ? await db()
        .select({ id: findings.id, titleEn: findings.titleEn, titleFr: findings.titleFr, date: findings.date, url: findingSources.url, publisher: findingSources.publisher })
        .from(findings)
        .leftJoin(findingSources, and(eq(findingSources.findingId, findings.id), eq(findingSources.tier, 1)))
        .where(inArray(findings.id, ids))
        .orderBy(asc(findingSources.position))
    : [];
  const byId = new Map<string, Found>();
  for (const r of rows) if (!byId.has(r.id)) byId.set(r.id, { id: r.id, titleEn: r.titleEn, titleFr: r.titleFr, date: r.date, source: r.url ? { url: r.url, publisher: r.publisher } : null });

  const content = (locale: Locale) => {
    const hrefOf = (id: string) => (byId.has(id) ? absolute(localizedPath(locale, "/findings/[id]", { id })) : null);
    const { markdown, citations } = numberCitations(locale === "fr" ? update.bodyFr : update.bodyEn, hrefOf);
    return {
      title: locale === "fr" ? update.titleFr : update.titleEn,
      bodyMarkdown: markdown + sourcesSection(locale, citations, byId),
      url: absolute(localizedPath(locale, "/campaigns/[slug]/updates/[id]", { slug, id: update.id })),
    };
  };
  return { en: content("en"), fr: content("fr") };
}
