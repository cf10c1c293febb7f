import type { Options } from "react-markdown";
import { rehypeSafe } from "./rehype-safe";
import { safeUrl } from "./safe-url";

/**
 * What every react-markdown on the site renders with (public pages, the editors' previews): the
 * same sanitising as the feeds and emails, in place of react-markdown's own URL filter, which
 * lets more schemes through (tel:, irc:, xmpp:…).
 */
export const safeMarkdownOptions = {
  skipHtml: true,
  rehypePlugins: [rehypeSafe],
  urlTransform: (url: string) => safeUrl(url),
} satisfies Options;
