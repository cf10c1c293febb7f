import { openDataNotFound } from "@/lib/http/not-found";
import { openDataHeaders } from "@/lib/http/open-data-headers";
import { campaignOpenData } from "@/server/campaigns/campaign-open-data";
import { publicContext } from "@/server/context";

export const dynamic = "force-dynamic";

/** GET /api/campaigns/<slug> — one public campaign with its confirmed counts. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const data = await campaignOpenData(publicContext, (await params).slug);
  if (!data) return openDataNotFound(request);
  return Response.json(data, { headers: openDataHeaders });
}
