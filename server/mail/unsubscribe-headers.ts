/**
 * RFC 2369 / RFC 8058 headers for bulk mail: mail clients show an "Unsubscribe" button that
 * POSTs to the URL, and the address is suppressed at once, with no sign-in and no page to visit.
 */
export function unsubscribeHeaders(oneClickUrl: string, contactAddress?: string): Record<string, string> {
  const targets = [`<${oneClickUrl}>`];
  if (contactAddress) targets.push(`<mailto:${contactAddress}?subject=unsubscribe>`);
  return {
    "List-Unsubscribe": targets.join(", "),
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
