import { unsubscribeSupporter } from "@/server/mail/unsubscribe-supporter";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

/**
 * RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" here, with no
 * cookies and no page. It takes effect before the response.
 */
export async function POST(_request: Request, { params }: Context) {
  const result = await unsubscribeSupporter((await params).token, "one-click");
  return result.ok ? new Response("Unsubscribed.\n", { status: 200 }) : new Response("This unsubscribe link is not valid.\n", { status: 400 });
}

/** A person (or a link checker) opening the header's URL gets the page, in their language. */
export async function GET(request: Request, { params }: Context) {
  return Response.redirect(new URL(`/unsubscribe/${encodeURIComponent((await params).token)}`, request.url), 303);
}
