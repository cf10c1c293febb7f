import { escapeXml as x, type Feed } from "./feed";

/**
 * RSS 2.0: channel title, link and description are required; each item has a guid (the update's
 * URL-independent id, so moving the site never makes readers see everything again) and an
 * atom:link rel="self", as the RSS Advisory Board recommends.
 */
export function rssFeed(feed: Feed): string {
  const items = feed.entries.map(
    (entry) => `  <item>
    <title>${x(entry.title)}</title>
    <link>${x(entry.url)}</link>
    <guid isPermaLink="false">${x(entry.id)}</guid>
    <pubDate>${entry.published.toUTCString()}</pubDate>
    <description>${x(entry.html)}</description>
  </item>`,
  );
  const lastBuild = feed.entries[0]?.published ?? new Date(0);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>${x(feed.title)}</title>
  <link>${x(feed.siteUrl)}</link>
  <description>${x(feed.description)}</description>
  <language>${feed.language}</language>
  <lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>
  <atom:link href="${x(feed.selfUrl)}" rel="self" type="application/rss+xml"/>
${items.join("\n")}
</channel>
</rss>
`;
}
