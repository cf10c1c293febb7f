import { openDataHeaders } from "@/lib/http/open-data-headers";
import { campaignOpenData } from "@/server/campaigns/campaign-open-data";
import { publicContext } from "@/server/context";

export const dynamic = "force-dynamic";

/** GET /api/campaigns — every public campaign with its confirmed counts. */
export async function GET() {
  return Response.json({ campaigns: await campaignOpenData(publicContext) }, { headers: openDataHeaders });
}
