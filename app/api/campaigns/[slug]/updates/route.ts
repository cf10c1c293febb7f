import { openDataNotFound } from "@/lib/http/not-found";
import { openDataHeaders } from "@/lib/http/open-data-headers";
import { getPublicCampaign } from "@/server/campaigns/get-public-campaign";
import { publicContext } from "@/server/context";
import { listPublishedUpdates } from "@/server/updates/list-published-updates";
import { updateOpenData } from "@/server/updates/updates-open-data";

export const dynamic = "force-dynamic";

/** GET /api/campaigns/<slug>/updates[?before=<cursor>] — a public campaign's updates, newest first, 50 a page. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const campaign = await getPublicCampaign(publicContext, (await params).slug, "en");
  if (!campaign) return openDataNotFound(request);
  const page = await listPublishedUpdates(publicContext, { campaignId: campaign.id, before: new URL(request.url).searchParams.get("before"), limit: 50 });
  return Response.json({ updates: page.updates.map(updateOpenData), next: page.next }, { headers: openDataHeaders });
}
