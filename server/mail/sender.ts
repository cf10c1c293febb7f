import type { Database } from "@/db/client";
import { organisationSettings } from "@/db/schema";
import type { SenderIdentity } from "@/emails/components/email-layout";
import { env } from "@/lib/env";
import { mailboxAddress } from "./address";

export type Sender = { identity: SenderIdentity; from: string; replyTo?: string; fromAddress: string };

/**
 * Who the email says it is from. The organisation's settings win over MAIL_FROM so that an
 * organiser can change them in the admin panel; before the first seed, MAIL_FROM alone is used.
 * Read with the caller's handle (a send verb's, or the transaction queueing a broadcast).
 */
export async function loadSender(db: Database): Promise<Sender> {
  const [settings] = await db.select().from(organisationSettings).limit(1);
  const from = settings?.fromAddress ?? env().MAIL_FROM;
  const fromAddress = mailboxAddress(from);
  return {
    identity: {
      name: settings?.name ?? "Chorus",
      nameFr: settings?.nameFr ?? null,
      mailingAddress: settings?.mailingAddress ?? "",
      contactEmail: settings?.contactEmail ?? fromAddress,
    },
    from,
    fromAddress,
    replyTo: settings?.replyTo ?? undefined,
  };
}
