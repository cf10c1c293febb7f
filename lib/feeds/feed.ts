/** What both feed formats are built from: absolute URLs, HTML content already rendered. */
export type FeedEntry = { id: string; url: string; title: string; html: string; published: Date; updated: Date };
export type Feed = { title: string; description: string; language: string; siteUrl: string; selfUrl: string; entries: FeedEntry[] };

/** Text or attribute value made safe inside XML (titles with & < > and quotes, HTML as text). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char]!);
}
