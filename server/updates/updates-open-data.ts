import "server-only";
import { env } from "@/lib/env";
import { updateHref } from "@/lib/updates/localize-update";
import type { PublishedUpdate } from "./list-published-updates";

export type UpdateOpenData = { id: string; title: { en: string; fr: string }; publishedAt: string; url: { en: string; fr: string }; citedFindings: string[] };

/** A public update as open data: titles, when, where to read it in each language, what it cites. */
export function updateOpenData(update: PublishedUpdate): UpdateOpenData {
  const origin = env().APP_URL.replace(/\/$/, "");
  return {
    id: update.id,
    title: update.title,
    publishedAt: update.publishedAt.toISOString(),
    url: { en: updateHref(update, "en", origin), fr: updateHref(update, "fr", origin) },
    citedFindings: update.citedIds,
  };
}
