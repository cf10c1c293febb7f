/**
 * "Display Name <address>", safe for a mail header: the name is stripped of line breaks (header
 * injection) and of the characters that would end it, then quoted.
 */
export function formatMailbox(address: string, name?: string | null): string {
  const cleanAddress = address.replace(/[\r\n<>]/g, "").trim();
  const cleanName = name
    ?.replace(/[\r\n"<>\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return cleanName ? `"${cleanName}" <${cleanAddress}>` : cleanAddress;
}

/** The address part of "Name <address>" (or the whole string when there is no name). */
export function mailboxAddress(mailbox: string): string {
  const match = /<([^>]+)>\s*$/.exec(mailbox);
  return (match?.[1] ?? mailbox).trim();
}
