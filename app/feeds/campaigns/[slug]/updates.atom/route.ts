import { feedLocale, feedResponse, selfPath } from "@/lib/http/feed-response";
import { publicContext } from "@/server/context";
import { updatesFeed } from "@/server/updates/updates-feed";

export const dynamic = "force-dynamic";

/** GET /feeds/campaigns/<slug>/updates.atom[?lang=fr] — one public campaign's updates; 404 if it is not public. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = feedLocale(request);
  return feedResponse(await updatesFeed(publicContext, { format: "atom", locale, campaignSlug: slug, selfPath: selfPath(request) }), "atom", locale);
}
