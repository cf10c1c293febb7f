import { render } from "@react-email/components";
import { isTemplateName, templates, type RenderContext } from "@/emails/registry";

export type RenderedEmail = { subject: string; html: string; text: string };

/**
 * Renders a stored template with its stored props: HTML and plain text, in the message's
 * language. Props are validated again here, because they come back from the database.
 */
export async function renderEmail(name: string, props: unknown, context: RenderContext): Promise<RenderedEmail> {
  if (!isTemplateName(name)) throw new Error(`unknown email template "${name}"`);
  const template = templates[name];
  const parsed = template.props.parse(props) as never;
  const element = template.element(parsed, context);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: template.subject(context.locale, parsed), html, text };
}
