import ReactMarkdown from "react-markdown";
import { safeMarkdownOptions } from "@/lib/markdown/react-options";
import { isCitationLink, type NumberedCitation } from "@/lib/updates/citations";

type Props = { markdown: string; citations: NumberedCitation[]; citationLabel: (n: number) => string };

/**
 * An update's Markdown, already numbered (localizeUpdateBody), rendered as the site shows it: no
 * raw HTML, and each citation a superscript number linking to the finding's page. Has no hooks,
 * so the public pages and the editor's live preview render it the same way.
 */
export function UpdateBody({ markdown, citations, citationLabel }: Props) {
  return (
    <div className="prose">
      <ReactMarkdown
        {...safeMarkdownOptions}
        components={{
          a: ({ href, children, node: _node, ...rest }) =>
            typeof children === "string" && isCitationLink(citations, href, children) ? (
              <sup className="citation">
                <a href={href} aria-label={citationLabel(Number(children))}>
                  {children}
                </a>
              </sup>
            ) : (
              <a href={href} {...rest}>
                {children}
              </a>
            ),
        }}
      >
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
