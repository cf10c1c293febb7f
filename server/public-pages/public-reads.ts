import "server-only";
import { db } from "@/db/client";
import { getPublicCampaign } from "@/server/campaigns/get-public-campaign";
import { listLiveCampaigns } from "@/server/campaigns/list-live-campaigns";
import { getFinding } from "@/server/findings/get-finding";
import { listCampaignFindings } from "@/server/findings/list-campaign-findings";
import { listCitingCampaigns } from "@/server/findings/list-citing-campaigns";
import { listCitingUpdates } from "@/server/findings/list-citing-updates";
import { listFindings } from "@/server/findings/list-findings";
import { getOrganisation } from "@/server/organisation/get-organisation";
import { consentTextsFor } from "@/server/signatures/consent-texts";
import { getPublishedUpdate } from "@/server/updates/get-published-update";
import { listPublishedUpdates } from "@/server/updates/list-published-updates";
import { loadCitedFindings } from "@/server/updates/load-cited-findings";
import { publicRead } from "./public-read";

/*
 * What the public pages read, memoised (see publicRead). The times are how old a page may be in
 * another process than the one that made a change: what `revalidate` allowed before the pages
 * became dynamic. Other callers (emails, jobs, the panel) keep using the verbs themselves.
 */
export const publicCampaign = publicRead(2_000, getPublicCampaign);
export const liveCampaigns = publicRead(5_000, listLiveCampaigns);
export const campaignFindings = publicRead(5_000, listCampaignFindings);
export const publishedUpdates = publicRead(5_000, listPublishedUpdates);
export const publishedUpdate = publicRead(60_000, getPublishedUpdate);
export const citedFindings = publicRead(60_000, loadCitedFindings);
export const finding = publicRead(60_000, getFinding);
export const citingCampaigns = publicRead(60_000, listCitingCampaigns);
export const citingUpdates = publicRead(60_000, listCitingUpdates);
export const findingsTimeline = publicRead(60_000, listFindings, 200);
export const campaignConsent = publicRead(2_000, (campaignId: string) => consentTextsFor(db(), campaignId));
export const organisation = publicRead(60_000, getOrganisation, 1);
