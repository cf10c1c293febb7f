/*
 * Which suppressed addresses get which mail. An unsubscribe stops news only: a person who
 * unsubscribed and signs again still needs their confirmation link. A hard bounce or a spam
 * complaint stops everything, requested or not: the mail cannot arrive, or its owner reports us
 * for it, and every further send hurts the sender's reputation with the providers.
 */
export const UNDELIVERABLE_REASONS = ["bounced", "complained"] as const;

export type MailCategory = "transactional" | "bulk" | "letter";

/** The suppression reasons that stop mail of this category, or null when any reason does. */
export function reasonsBlocking(category: MailCategory): readonly string[] | null {
  return category === "transactional" ? UNDELIVERABLE_REASONS : null;
}
