/*
 * Markdown an organiser (or someone who took over their account) could write to run code in a
 * reader's browser or mail client, each line one trick, and the links that must survive.
 */
export const ATTACKS = [
  "[plain](javascript:window.__xss=1)",
  "[upper](JAVASCRIPT:window.__xss=1)",
  "[entity](jav&#x61;script:window.__xss=1)",
  "[named](javascript&colon;window.__xss=1)",
  "[tab](<java\tscript:window.__xss=1>)",
  "[control](<\u0001javascript:window.__xss=1>)",
  "[space](< javascript:window.__xss=1>)",
  "[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)",
  "[vb](VBScript:msgbox(1))",
  "[file](file:///etc/passwd)",
  "[tel](tel:+15555550100)",
  "![image](javascript:window.__xss=1)",
  "![pixel](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "[reference][evil]\n\n[evil]: javascript:window.__xss=1",
  "<script>window.__xss=1</script>",
  '<img src=x onerror="window.__xss=1">',
  '<a href="javascript:window.__xss=1">raw link</a>',
].join("\n\n");

export const KEPT = ["[site](https://example.org/kept)", "[mail](mailto:kept@example.org)", "[page](/en/findings)"].join("\n\n");

const decode = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ":")
    .replace(/&amp;/g, "&");

/** What in this HTML could run or load something it should not: empty when it is safe. */
export function dangersIn(html: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push("<script>");
  if (/\son[a-z]+\s*=/i.test(html)) found.push("event handler attribute");
  if (/<img[^>]+src=["']?x["'\s>]/i.test(html)) found.push("raw <img>");
  for (const [, value] of html.matchAll(/(?:href|src)\s*=\s*"([^"]*)"/gi)) {
    const url = decode(value!)
      .replace(/[\t\n\r]/g, "")
      .replace(/^[\u0000-\u0020]+/, "");
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    if (scheme && !["http", "https", "mailto"].includes(scheme)) found.push(`${scheme}: link`);
  }
  return found;
}
