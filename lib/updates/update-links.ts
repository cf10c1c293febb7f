import type { Link, Definition, Image, Nodes, Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Locale } from "@/lib/i18n/routing";

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// Any origin does: only the path, query and fragment of the result are kept.
const PLACEHOLDER_ORIGIN = "http://site.invalid";

/**
 * Where a link an organiser typed in an update points, the same wherever the update is read. A
 * path from the site root ("/fr/constats/x") keeps its path; a relative one ("findings/x",
 * "./findings/x") is read from the update's language root ("/en/findings/x"), since the update
 * appears on several pages at different depths. With an origin (APP_URL) the result is absolute,
 * for emails and feeds, which have no page to be relative to. Addresses with a scheme (https:,
 * mailto:), protocol-relative ones and in-page anchors are left as typed.
 */
export function resolveUpdateHref(href: string, locale: Locale, origin = ""): string {
  const trimmed = href.trim();
  if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith("//") || SCHEME.test(trimmed)) return href;
  const url = new URL(trimmed, `${PLACEHOLDER_ORIGIN}/${locale}/`);
  return `${origin.replace(/\/$/, "")}${url.pathname}${url.search}${url.hash}`;
}

type Located = (Link | Image | Definition) & { position: NonNullable<Link["position"]> };

function linksOf(node: Nodes, found: Located[] = []): Located[] {
  if ((node.type === "link" || node.type === "image" || node.type === "definition") && node.position) found.push(node as Located);
  if ("children" in node) for (const child of node.children) linksOf(child, found);
  return found;
}

/** Index just past the `]` closing the bracket opened at `open`, honouring escapes and nesting. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "[") depth++;
    else if (text[i] === "]" && --depth === 0) return i + 1;
  }
  return -1;
}

const destination = (url: string, title: string | null | undefined) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>${title ? ` "${title.replace(/["\\]/g, "\\$&")}"` : ""}`;

/**
 * The Markdown with every link, image and link definition's address passed through `resolve`,
 * everything else byte for byte as written (for renderers we cannot hook, such as the email's).
 * Only the destination part of each link is rewritten, from the parsed tree's positions; links
 * whose address does not change are left untouched.
 */
export function rewriteMarkdownLinks(markdown: string, resolve: (href: string) => string): string {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const edits: { from: number; to: number; text: string }[] = [];
  for (const node of linksOf(tree)) {
    const resolved = resolve(node.url);
    if (resolved === node.url) continue;
    const start = node.position.start.offset!;
    const end = node.position.end.offset!;
    if (node.type === "definition") {
      const colon = closingBracket(markdown, start);
      if (colon < 0 || markdown[colon] !== ":") continue;
      edits.push({ from: colon + 1, to: end, text: ` ${destination(resolved, node.title)}` });
    } else {
      // Inline links only ("[text](dest)"); autolinks ("<https://…>") already carry their scheme.
      const close = closingBracket(markdown, node.type === "image" ? start + 1 : start);
      if (close < 0 || markdown[close] !== "(" || markdown[end - 1] !== ")") continue;
      edits.push({ from: close + 1, to: end - 1, text: destination(resolved, node.title) });
    }
  }
  return edits.sort((a, b) => b.from - a.from).reduce((text, edit) => text.slice(0, edit.from) + edit.text + text.slice(edit.to), markdown);
}
