import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { emailBroadcasts, type emailMessages } from "@/db/schema";
import { unseal } from "@/lib/crypto/seal";
import { env } from "@/lib/env";
import { formatMailbox } from "./address";
import { mailLinks, preferencesToken } from "./links";
import type { OutgoingEmail } from "./outgoing";
import { fillPlaceholders } from "./placeholders";
import { renderEmail, type RenderedEmail } from "./render-email";
import { unsubscribeHeaders } from "./unsubscribe-headers";
import type { Sender } from "./sender";

export type MessageRow = typeof emailMessages.$inferSelect;
type BroadcastRendering = Record<"en" | "fr", RenderedEmail>;

/** Caches each broadcast's rendering for the length of one job. */
export type BroadcastCache = Map<string, BroadcastRendering>;

async function broadcastRendering(id: string, cache: BroadcastCache): Promise<BroadcastRendering> {
  const cached = cache.get(id);
  if (cached) return cached;
  const [row] = await db().select({ rendered: emailBroadcasts.rendered }).from(emailBroadcasts).where(eq(emailBroadcasts.id, id));
  if (!row) throw new Error(`broadcast ${id} is gone`);
  const rendering = row.rendered as BroadcastRendering;
  cache.set(id, rendering);
  return rendering;
}

/**
 * Turns a queued message into the email to send: its own template rendered with its stored
 * props, or its broadcast's rendering filled in for this recipient. Bulk mail gets the one-click
 * unsubscribe headers and links; every email gets the organisation's identity in its footer.
 */
export async function composeEmail(message: MessageRow, sender: Sender, cache: BroadcastCache): Promise<OutgoingEmail> {
  const { APP_URL, AUTH_SECRET } = env();
  const bulk = message.category === "bulk" && message.supporterId !== null;
  const links = bulk ? mailLinks(APP_URL, message.locale, preferencesToken(AUTH_SECRET, message.supporterId!)) : undefined;
  let rendered: RenderedEmail;
  if (message.broadcastId) {
    const base = (await broadcastRendering(message.broadcastId, cache))[message.locale];
    const values = { name: message.toName ?? "", unsubscribe_url: links?.unsubscribeUrl ?? "", preferences_url: links?.preferencesUrl ?? "" };
    rendered = {
      subject: fillPlaceholders(base.subject, values, "text"),
      html: fillPlaceholders(base.html, values, "html"),
      text: fillPlaceholders(base.text, values, "text"),
    };
  } else {
    const unsubscribe = links && { unsubscribeUrl: links.unsubscribeUrl, preferencesUrl: links.preferencesUrl };
    const secrets = message.sealedProps ? unseal<Record<string, unknown>>(AUTH_SECRET, message.sealedProps) : {};
    const props = { ...(message.props as Record<string, unknown>), ...secrets };
    rendered = await renderEmail(message.template!, props, { locale: message.locale, sender: sender.identity, unsubscribe });
  }
  // Letters go out "From: <Supporter> via <Organisation>" on our domain, replies to the supporter.
  const from = message.fromName ? formatMailbox(sender.fromAddress, message.fromName) : sender.from;
  return {
    from,
    to: formatMailbox(message.toAddress, message.toName),
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    replyTo: message.replyTo ?? sender.replyTo,
    headers: links ? unsubscribeHeaders(links.oneClickUrl) : undefined,
  };
}
