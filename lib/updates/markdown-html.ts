import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { rehypeSafe } from "@/lib/markdown/rehype-safe";
import { isCitationLink, type NumberedCitation } from "./citations";

const textOf = (node: ElementContent): string => (node.type === "text" ? node.value : node.type === "element" ? node.children.map(textOf).join("") : "");

/** Wraps citation links in <sup>, as the site shows them. */
function superscriptCitations(node: Root | Element, citations: NumberedCitation[]) {
  node.children = node.children.map((child) => {
    if (child.type !== "element") return child;
    if (child.tagName === "a" && isCitationLink(citations, String(child.properties.href ?? ""), child.children.map(textOf).join(""))) {
      return { type: "element", tagName: "sup", properties: {}, children: [child] } satisfies Element;
    }
    superscriptCitations(child, citations);
    return child;
  });
}

/**
 * Markdown as an HTML string, for feed readers and email (which get HTML, not our React pages),
 * through the site's own sanitising step (rehypeSafe): no raw HTML an organiser pasted, and only
 * http, https and mailto links and images.
 */
export function markdownToHtml(markdown: string, citations: NumberedCitation[] = []): string {
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSafe);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  superscriptCitations(tree, citations);
  return toHtml(tree);
}
