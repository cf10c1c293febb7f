import type { TemplateName } from "@/emails/registry";

/*
 * What email_messages.kind (and email_broadcasts.kind) stores for an email: the name the outbox
 * shows. It is the template's name, except for the sign-in link, which the log has always called
 * "sign-in" (the outbox redacts it by that name, and organisers know it by it).
 */
const storedKinds: Partial<Record<TemplateName, string>> = { "sign-in-link": "sign-in" };

export function emailKind(template: TemplateName): string {
  return storedKinds[template] ?? template;
}
