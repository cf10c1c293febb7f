/**
 * Confirms as a browser without JavaScript would: GET the emailed page, find the form whose
 * button confirms, and POST its hidden fields to its action in the form's own encoding.
 */
export type FormPost = { url: string; body: FormData | URLSearchParams };

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag)?.[1];
const unescape = (value: string) => value.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&#39;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/** The first form on the page posting hidden fields (the confirm form; the page has no other when pending). */
export function parseConfirmForm(html: string, pageUrl: string): FormPost | undefined {
  for (const match of html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/gi)) {
    const form = match[0];
    const open = /<form\b[^>]*>/i.exec(form)![0];
    const inputs = [...form.matchAll(/<input\b[^>]*>/gi)].map((input) => input[0]).filter((input) => attr(input, "type") === "hidden");
    if (!/<button\b[^>]*type="submit"/i.test(form)) continue;
    const multipart = (attr(open, "enctype") ?? attr(open, "encType") ?? "").toLowerCase() === "multipart/form-data";
    const body = multipart ? new FormData() : new URLSearchParams();
    for (const input of inputs) body.append(unescape(attr(input, "name") ?? ""), unescape(attr(input, "value") ?? ""));
    const action = attr(open, "action");
    return { url: new URL(action ? unescape(action) : "", pageUrl).toString(), body };
  }
  return undefined;
}

/** The confirmation link in a message's text or HTML. */
export function confirmLinkIn(email: { html?: string; text?: string }): string | undefined {
  const source = `${email.text ?? ""}\n${email.html ?? ""}`;
  return /https?:\/\/[^\s"'<>]+\/confirm\/[A-Za-z0-9_-]+/.exec(source)?.[0];
}

/** The count the campaign page shows ("1,234 signatures", "1 234 signatures"). */
export function pageCount(html: string): number | undefined {
  const found = /class="count"[^>]*>\s*<strong>([^<]*)</.exec(html)?.[1];
  if (found === undefined) return undefined;
  const digits = found.replace(/\D/g, "");
  return digits ? Number(digits) : undefined;
}
