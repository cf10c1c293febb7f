import type { Database } from "@/db/client";
import type { Locale } from "@/lib/i18n/routing";
import type { BroadcastRecipient } from "@/server/mail/queue-broadcast";
import { createSupporter, uniqueSuffix } from "../../support/factories";

/** `count` subscribed supporters with unique addresses on example.org, inserted in bulk. */
export async function createSubscribers(database: Database, count: number, tag = uniqueSuffix()): Promise<BroadcastRecipient[]> {
  const recipients: BroadcastRecipient[] = [];
  for (let i = 0; i < count; i++) {
    const locale: Locale = i % 3 === 0 ? "fr" : "en";
    const supporter = await createSupporter(database, {
      email: `reader-${tag}-${i}@example.org`,
      name: locale === "fr" ? `Camille ${i}` : `Jordan ${i}`,
      locale,
      subscriptionStatus: "subscribed",
    });
    recipients.push({ supporterId: supporter.id, email: supporter.email, name: supporter.name, locale });
  }
  return recipients;
}

export const updateContent = {
  en: { title: "The RCMP broke the Privacy Act", bodyMarkdown: "The federal commissioner found the RCMP's use of Clearview unlawful.", url: "https://act.privatefaces.example/en" },
  fr: { title: "La GRC a enfreint la Loi", bodyMarkdown: "Le commissaire fédéral a jugé illégale l'utilisation de Clearview par la GRC.", url: "https://act.privatefaces.example/fr" },
};
