import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { campaigns, campaignUpdates } from "@/db/schema";
import type { CampaignUpdateProps } from "@/emails/campaign-update";
import { emailTranslator } from "@/emails/i18n";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";
import type { NumberedCitation } from "@/lib/updates/citations";
import { citedIdsOf } from "@/lib/updates/citations";
import { localizeUpdateBody, updateHref } from "@/lib/updates/localize-update";
import { loadCitedFindings, type CitedFinding } from "../load-cited-findings";
import { formatCalendarDate } from "@/lib/i18n/dates";

export type UpdateEmailContent = Record<Locale, Omit<CampaignUpdateProps, "recipientName">>;

/** The update's citations as a numbered list of the findings, each with its issuing body's own source. */
function sourcesSection(locale: Locale, cited: NumberedCitation[], byId: Map<string, CitedFinding>): string {
  if (cited.length === 0) return "";
  const heading = emailTranslator(locale)("Update.sources");
  const lines = cited.map(({ n, id, href }) => {
    const finding = byId.get(id)!;
    const source = finding.sources[0];
    const original = source ? ` — [${source.publisher ?? source.url}](${source.url})` : "";
    return `${n}. [${finding.title[locale]}](${href}) (${formatCalendarDate(finding.date, locale)})${original}`;
  });
  return `\n\n---\n\n**${heading}**\n\n${lines.join("\n")}`;
}

/**
 * An update as its email says it, in each language: the title, the Markdown with each citation a
 * numbered link to the finding's page (as on the site) and a list of those findings at the end (with
 * the issuing body's own document where the record has one), and the address of the update.
 */
export async function updateEmailContent(updateId: string): Promise<UpdateEmailContent | null> {
  const [row] = await db()
    .select({ update: campaignUpdates, slug: campaigns.slug })
    .from(campaignUpdates)
    .innerJoin(campaigns, eq(campaigns.id, campaignUpdates.campaignId))
    .where(eq(campaignUpdates.id, updateId));
  if (!row) return null;
  const { update, slug } = row;
  const byId = await loadCitedFindings(citedIdsOf({ en: update.bodyEn, fr: update.bodyFr }));
  const origin = env().APP_URL.replace(/\/$/, "");

  const content = (locale: Locale) => {
    const { markdown, citations } = localizeUpdateBody(locale === "fr" ? update.bodyFr : update.bodyEn, locale, (id) => byId.has(id), origin);
    return {
      title: locale === "fr" ? update.titleFr : update.titleEn,
      bodyMarkdown: markdown + sourcesSection(locale, citations, byId),
      url: updateHref({ id: update.id, campaign: { slug } }, locale, origin),
    };
  };
  return { en: content("en"), fr: content("fr") };
}
