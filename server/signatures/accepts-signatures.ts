type CampaignWindow = { status: string; petitionEnabled: boolean; opensAt: Date | null; closesAt: Date | null };

/**
 * Whether a campaign takes signatures at this moment: live, with its petition on, opened and not
 * yet closed. The one rule behind both the signing verb (open-campaign.ts) and the public page's
 * form (server/campaigns/to-public-campaign.ts), so the page never offers a form the verb refuses.
 */
export function acceptsSignatures(campaign: CampaignWindow, now = new Date()): boolean {
  return campaign.status === "live" && campaign.petitionEnabled && (!campaign.opensAt || campaign.opensAt <= now) && (!campaign.closesAt || campaign.closesAt > now);
}
