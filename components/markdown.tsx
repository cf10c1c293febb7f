import ReactMarkdown from "react-markdown";

/**
 * Renders organiser-written Markdown. Raw HTML in the source is dropped, not rendered, and
 * react-markdown's default URL filter removes javascript: and similar links.
 */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="prose">
      <ReactMarkdown skipHtml>{source}</ReactMarkdown>
    </div>
  );
}
