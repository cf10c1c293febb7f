import { bodyLimits, readBody } from "@/lib/http/read-body";
import { localizedPath } from "@/lib/i18n/localized-path";
import { preferredLocale } from "@/lib/i18n/preferred-locale";
import { unsubscribeSupporter } from "@/server/mail/unsubscribe-supporter";
import { respondUnlessUnavailable } from "@/server/outage/unavailable-response";
import { visitorRequestContext } from "@/server/request/visitor-context";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

/**
 * RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" here, with no
 * cookies and no page. It takes effect before the response; while the database is unreachable it
 * answers 503 (mail clients try again later).
 */
export async function POST(request: Request, { params }: Context) {
  // The body is "List-Unsubscribe=One-Click" and nothing more: a large one is not a mail client.
  const read = await readBody(request, bodyLimits.oneClickUnsubscribe);
  if (!read.ok) return read.response;
  const { token } = await params;
  return respondUnlessUnavailable(
    () => preferredLocale(request.headers.get("accept-language")),
    async () => {
      const result = await unsubscribeSupporter(await visitorRequestContext(request.headers), token, "one-click");
      return result.ok ? new Response("Unsubscribed.\n", { status: 200 }) : new Response("This unsubscribe link is not valid.\n", { status: 400 });
    },
  );
}

/**
 * A person (or a link checker) opening the header's URL gets the page, in their language, which
 * changes nothing until its button is pressed: a GET never unsubscribes (RFC 8058). Sent
 * straight to the localized path: the locale router does not see unprefixed paths with a dot,
 * and every token has one.
 */
export async function GET(request: Request, { params }: Context) {
  const locale = preferredLocale(request.headers.get("accept-language"));
  return Response.redirect(new URL(localizedPath(locale, "/unsubscribe/[token]", { token: (await params).token }), request.url), 303);
}
