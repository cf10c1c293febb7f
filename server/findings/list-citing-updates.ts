import "server-only";

export type CitingUpdate = { id: string; campaignSlug: string; title: { en: string; fr: string }; publishedAt: Date };

/**
 * The published campaign updates that cite a finding, newest first. The hook the finding page
 * already renders: campaign updates (and their cited findings) are being built separately, and
 * until they land no update can cite anything, so this answers an empty list. Replace the body
 * with the query on the updates' citation table; the page needs no change. Public: no actor check.
 */
export async function listCitingUpdates(findingId: string): Promise<CitingUpdate[]> {
  void findingId;
  return [];
}
