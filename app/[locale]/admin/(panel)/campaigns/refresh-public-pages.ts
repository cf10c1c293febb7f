import { revalidatePath } from "next/cache";
import { forgetPublicReads } from "@/server/public-pages/public-read";

/**
 * After a campaign or one of its updates changes, every public page that may show it is rebuilt
 * on its next request, in both languages: the home page, the campaign's pages, the update pages and
 * the finding pages (they list the campaigns and updates citing them). By route pattern, not by
 * address: next-intl serves /fr/campagnes/<slug> from the route /[locale]/campaigns/[slug], so
 * the French address names no cache entry (revalidating it left a draft's cached 404 in place
 * after publishing). A pattern also reaches the 404 cached for an address visited too early.
 * The pages render per request from memoised reads: those of this process are expired too, so the
 * organiser sees the change at once (other processes within their memo's few seconds).
 */
export function refreshPublicPages() {
  forgetPublicReads();
  revalidatePath("/[locale]", "page");
  revalidatePath("/[locale]/campaigns/[slug]", "page");
  revalidatePath("/[locale]/campaigns/[slug]/updates/[id]", "page");
  revalidatePath("/[locale]/findings/[id]", "page");
}
