const HIDDEN = "•••";

/**
 * An address as a page reached by an emailed link may show it: enough for its owner to recognise
 * ("m•••@e•••.ca"), too little for someone else holding the link (a forwarded email, a shared
 * screen) to learn who it belongs to. Keeps the first letter of the mailbox and of the domain,
 * and the top-level domain.
 */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 1) return HIDDEN;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  const dot = domain.lastIndexOf(".");
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : "";
  return `${[...local][0]}${HIDDEN}@${host ? `${[...host][0]}${HIDDEN}` : HIDDEN}${tld}`;
}
