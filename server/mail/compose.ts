import { eq } from "drizzle-orm";
import { z } from "zod";
import { emailBroadcasts, type emailMessages } from "@/db/schema";
import { unseal } from "@/lib/crypto/seal";
import { env } from "@/lib/env";
import { database, type Context } from "@/server/context";
import { formatMailbox } from "./address";
import { mailLinks, preferencesToken } from "./links";
import type { OutgoingEmail } from "./outgoing";
import { fillPlaceholders } from "./placeholders";
import { renderEmail, type RenderedEmail } from "./render-email";
import { unsubscribeHeaders } from "./unsubscribe-headers";
import type { Sender } from "./sender";

export type MessageRow = typeof emailMessages.$inferSelect;
const rendering = z.object({ subject: z.string(), html: z.string(), text: z.string() });
// What queueBroadcast stored: the email rendered once per language, placeholders unfilled.
const broadcastRenderings = z.object({ en: rendering, fr: rendering });
type BroadcastRendering = z.infer<typeof broadcastRenderings>;

/** Caches each broadcast's rendering for the length of one job. */
export type BroadcastCache = Map<string, BroadcastRendering>;

async function broadcastRendering(ctx: Context, id: string, cache: BroadcastCache): Promise<BroadcastRendering> {
  const cached = cache.get(id);
  if (cached) return cached;
  const [row] = await database(ctx).select({ rendered: emailBroadcasts.rendered }).from(emailBroadcasts).where(eq(emailBroadcasts.id, id));
  if (!row) throw new Error(`broadcast ${id} is gone`);
  const rendered = broadcastRenderings.parse(row.rendered);
  cache.set(id, rendered);
  return rendered;
}

/**
 * Turns a queued message into the email to send: its own template rendered with its stored
 * props, or its broadcast's rendering filled in for this recipient. Bulk mail gets the one-click
 * unsubscribe headers and links; every email gets the organisation's identity in its footer.
 */
export async function composeEmail(ctx: Context, message: MessageRow, sender: Sender, cache: BroadcastCache): Promise<OutgoingEmail> {
  const { APP_URL, AUTH_SECRET } = env();
  const bulk = message.category === "bulk" && message.supporterId !== null;
  const links = bulk ? mailLinks(APP_URL, message.locale, preferencesToken(AUTH_SECRET, message.supporterId!)) : undefined;
  let rendered: RenderedEmail;
  if (message.broadcastId) {
    const base = (await broadcastRendering(ctx, message.broadcastId, cache))[message.locale];
    const values = { name: message.toName ?? "", unsubscribe_url: links?.unsubscribeUrl ?? "", preferences_url: links?.preferencesUrl ?? "" };
    rendered = {
      subject: fillPlaceholders(base.subject, values, "text"),
      html: fillPlaceholders(base.html, values, "html"),
      text: fillPlaceholders(base.text, values, "text"),
    };
  } else {
    const unsubscribe = links && { unsubscribeUrl: links.unsubscribeUrl, preferencesUrl: links.preferencesUrl };
    const secrets = message.sealedProps ? unseal<Record<string, unknown>>(AUTH_SECRET, message.sealedProps) : {};
    const props: unknown = Object.assign({}, message.props, secrets);
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
