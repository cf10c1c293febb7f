import "server-only";
import { cache } from "react";
import type { Locale } from "@/lib/i18n/routing";
import { getPublicCampaign } from "@/server/campaigns/get-public-campaign";
import { listLiveCampaigns } from "@/server/campaigns/list-live-campaigns";
import { database, publicContext } from "@/server/context";
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
 * became dynamic. Other callers (emails, jobs, the panel) keep using the verbs themselves. A memo
 * is shared by every visitor of the process, so each reads as the public (publicContext), and its
 * key is the arguments after that context. The counts' reads (publicCampaign, liveCampaigns) keep
 * 250 ms: with the web cache (250 ms) and nginx (1 s), a count shown is 1.5 s old at most, leaving
 * half a second for rendering it under load (the cluster test checks 2 s through nginx). Those
 * generateMetadata shares with its page are also wrapped in React cache(), so one render asks once
 * even when the memo has just expired.
 */
export const publicCampaign = cache(publicRead(250, (slug: string, locale: Locale) => getPublicCampaign(publicContext, slug, locale)));
export const liveCampaigns = cache(publicRead(250, (locale: Locale) => listLiveCampaigns(publicContext, locale)));
export const campaignFindings = publicRead(5_000, (campaignId: string) => listCampaignFindings(publicContext, campaignId));
export const publishedUpdates = publicRead(5_000, (options?: Parameters<typeof listPublishedUpdates>[1]) => listPublishedUpdates(publicContext, options));
export const publishedUpdate = cache(publicRead(60_000, (campaignSlug: string, updateId: string) => getPublishedUpdate(publicContext, campaignSlug, updateId)));
export const citedFindings = publicRead(60_000, (ids: string[]) => loadCitedFindings(publicContext, ids));
export const finding = cache(publicRead(60_000, (id: string) => getFinding(publicContext, id)));
export const citingCampaigns = publicRead(60_000, (findingId: string) => listCitingCampaigns(publicContext, findingId));
export const citingUpdates = publicRead(60_000, (findingId: string) => listCitingUpdates(publicContext, findingId));
export const findingsTimeline = publicRead(60_000, (raw: unknown) => listFindings(publicContext, raw), 200);
export const campaignConsent = publicRead(2_000, (campaignId: string) => consentTextsFor(database(publicContext), campaignId));
// Null before the organisation's settings exist: still an answer to remember, or every page's footer
// would query for it, and fail while the database is away.
export const organisation = publicRead(60_000, getOrganisation, 1, { keepNull: true });
