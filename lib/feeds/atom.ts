import { escapeXml as x, type Feed } from "./feed";

/**
 * Atom 1.0 (RFC 4287): the feed and each entry need an id, a title and an updated time; ids are
 * URNs of the update's uuid, stable whatever the site's address. Content is escaped HTML.
 */
export function atomFeed(feed: Feed): string {
  const updated = feed.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0));
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>urn:uuid:${x(entry.id)}</id>
    <title type="text">${x(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${x(entry.url)}"/>
    <published>${entry.published.toISOString()}</published>
    <updated>${entry.updated.toISOString()}</updated>
    <content type="html">${x(entry.html)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.language}">
  <id>${x(feed.selfUrl)}</id>
  <title type="text">${x(feed.title)}</title>
  <subtitle type="text">${x(feed.description)}</subtitle>
  <updated>${updated.toISOString()}</updated>
  <author><name>${x(feed.title)}</name></author>
  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${x(feed.siteUrl)}"/>
${entries.join("\n")}
</feed>
`;
}
