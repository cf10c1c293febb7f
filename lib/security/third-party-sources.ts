/**
 * The sources other than this site that a content security policy lets a page load from: every
 * source of every directive that is not a keyword ('self', 'nonce-…'), a scheme of local data
 * (data:, blob:) or a development websocket. The privacy page says "no third party" only while
 * this list is empty, so adding an outside host to the policy changes what the page says.
 */
export function thirdPartySources(policy: string): string[] {
  const local = /^(?:'[^']*'|data:|blob:|ws:)$/;
  const sources = policy
    .split(";")
    .flatMap((directive) => directive.trim().split(/\s+/).slice(1))
    .filter((source) => source !== "" && !local.test(source));
  return [...new Set(sources)].sort();
}
