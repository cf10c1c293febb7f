import ReactMarkdown from "react-markdown";
import { safeMarkdownOptions } from "@/lib/markdown/react-options";

/**
 * Renders organiser-written Markdown. Raw HTML in the source is dropped, not rendered, and only
 * http, https and mailto links survive (lib/markdown/safe-url.ts, shared with feeds and emails).
 */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="prose">
      <ReactMarkdown {...safeMarkdownOptions}>{source}</ReactMarkdown>
    </div>
  );
}
