/*
 * One mailbox, one key. Addresses are compared in a canonical form so that a supporter cannot
 * sign twice as Ana.Lopez+petition@gmail.com and analopez@gmail.com, and so that unsubscribing
 * or bouncing one spelling suppresses them all.
 */

// Providers known to ignore dots in the local part.
const DOTLESS_DOMAINS = new Set(["gmail.com", "googlemail.com"]);
const DOMAIN_ALIASES: Record<string, string> = { "googlemail.com": "gmail.com" };

/** Trims and lower-cases; folds +tags everywhere, and dots where the provider ignores them. */
export function canonicalEmail(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const at = trimmed.lastIndexOf("@");
  if (at <= 0) return trimmed;
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1).replace(/\.+$/, "");
  domain = DOMAIN_ALIASES[domain] ?? domain;
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (DOTLESS_DOMAINS.has(domain)) local = local.replaceAll(".", "");
  return `${local}@${domain}`;
}
