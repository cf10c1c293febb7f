/*
 * Citations in an update's Markdown: organisers type [[cite:<finding id>]] where a finding backs
 * what they say. A syntax of its own (not a Markdown link or footnote) so that it cannot be
 * mistaken for ordinary text, survives copy and paste between the two languages, and is easy to
 * find again. Numbers follow the order of first appearance in the text being read, so the English
 * and French versions each read 1, 2, 3 even when their sentences cite in a different order.
 */

const CITATION = /\[\[cite:([^\]\s]*)\]\]/g;

/** The ids cited in a text, each once, in order of first appearance. */
export function citedIds(markdown: string): string[] {
  return [...new Set(Array.from(markdown.matchAll(CITATION), (match) => match[1]!))];
}

/** The ids cited in either language, English order first, then what only the French cites. */
export function citedIdsOf(bodies: { en: string; fr: string }): string[] {
  return [...new Set([...citedIds(bodies.en), ...citedIds(bodies.fr)])];
}

export type NumberedCitation = { n: number; id: string; href: string };

/**
 * The text with each citation replaced by a Markdown link `[n](href)` to the finding, and the
 * numbered citations (to mark those links as superscripts and to list the sources). A citation
 * `hrefOf` cannot resolve (a finding not in the library, in the editor's preview) stays visible as
 * code, unnumbered.
 */
export function numberCitations(markdown: string, hrefOf: (id: string) => string | null): { markdown: string; citations: NumberedCitation[] } {
  const citations: NumberedCitation[] = [];
  const text = markdown.replace(CITATION, (whole, id: string) => {
    const href = hrefOf(id);
    if (!href) return `\`${whole}\``;
    let citation = citations.find((entry) => entry.id === id);
    if (!citation) citations.push((citation = { n: citations.length + 1, id, href }));
    return `[${citation.n}](${href})`;
  });
  return { markdown: text, citations };
}

/** Whether a rendered link is one of these citations (its text is its number): shown as a superscript. */
export function isCitationLink(citations: NumberedCitation[], href: string | undefined, text: string): boolean {
  return citations.some((citation) => citation.href === href && String(citation.n) === text);
}
