import { convert } from "html-to-text";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { isTemplateName, templates, type RenderContext } from "@/emails/registry";
import { env } from "@/lib/env";
import { organisationName } from "@/lib/i18n/organisation-name";
import { myDataPageUrl } from "./links";

export type RenderedEmail = { subject: string; html: string; text: string };

// Email clients still parse XHTML 1.0 Transitional best.
const DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/*
 * Rendered with react-dom directly rather than @react-email/render, which loads Prettier on
 * import (about 50 MB per worker) for a formatting option we never use. Our templates are
 * synchronous, so static markup is the whole of it.
 */
function toHtml(element: ReactElement): string {
  return `${DOCTYPE}${renderToStaticMarkup(element)}`;
}

function toText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "img", format: "skip" },
      // The inbox preview line is for the list view, not the message.
      { selector: "[data-skip-in-text=true]", format: "skip" },
      { selector: "a", options: { linkBrackets: false } },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
    ],
  });
}

/**
 * Renders a stored template with its stored props: HTML and plain text, in the message's
 * language. Props are validated again here, because they come back from the database.
 */
export async function renderEmail(name: string, props: unknown, context: RenderContext): Promise<RenderedEmail> {
  if (!isTemplateName(name)) throw new Error(`unknown email template "${name}"`);
  // Templates print sender.name: give them the organisation's name in the email's language. Every
  // email, to a supporter or not, bulk or not, ends with the "Your data" link (issue 15): a
  // broadcast is rendered here once per language, so its recipients get it too.
  const sender = { ...context.sender, name: organisationName(context.sender, context.locale), myDataUrl: myDataPageUrl(env().APP_URL, context.locale) };
  const { subject, element } = templates[name].build(props, { ...context, sender });
  const html = toHtml(element);
  return { subject, html, text: toText(html) };
}
