import { feedLocale, feedResponse, selfPath } from "@/lib/http/feed-response";
import { publicContext } from "@/server/context";
import { updatesFeed } from "@/server/updates/updates-feed";

export const dynamic = "force-dynamic";

/** GET /feeds/updates.atom[?lang=fr] — every campaign's public updates, newest first. */
export async function GET(request: Request) {
  return feedResponse(await updatesFeed(publicContext, { format: "atom", locale: feedLocale(request), selfPath: selfPath(request) }), "atom");
}
