import type { Element, Root, RootContent } from "hast";
import { safeUrl } from "./safe-url";

// Attributes Markdown can fill with an address (links, images, and their definitions).
const URL_ATTRIBUTES = ["href", "src"] as const;

function clean(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node) => {
    // Raw HTML typed in the Markdown never reaches a reader.
    if (node.type === "raw") return [];
    if (node.type === "element") sanitizeElement(node);
    return [node];
  });
}

function sanitizeElement(element: Element) {
  for (const attribute of URL_ATTRIBUTES) {
    const value = element.properties[attribute];
    if (value === undefined || value === null) continue;
    const safe = safeUrl(String(value));
    if (safe === undefined) delete element.properties[attribute];
    else element.properties[attribute] = safe;
  }
  element.children = clean(element.children) as Element["children"];
}

/**
 * The rehype step every Markdown renderer of ours runs (site pages through react-markdown, feeds
 * and emails through markdownToHtml): drops raw HTML and every link or image address safeUrl
 * refuses. One plugin, so the site, the feeds and the emails cannot disagree.
 */
export function rehypeSafe() {
  return (tree: Root) => {
    tree.children = clean(tree.children);
  };
}
