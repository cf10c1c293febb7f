import "server-only";
import { cache } from "react";
import { organisationSettings } from "@/db/schema";
import { DEFAULT_TIME_ZONE, isTimeZone } from "@/lib/time/zoned-time";
import { database, publicContext } from "@/server/context";

/**
 * The organisation's time zone, in which the panel shows every date and reads every date field.
 * Read once per request (a page and the verbs it calls share it); the default before the first
 * seed, or should the runtime no longer know a stored zone. It takes no context: it is public
 * data, and React's per-request cache is keyed by arguments (one read per request, whoever asks).
 */
export const getTimeZone = cache(async (): Promise<string> => {
  const [row] = await database(publicContext).select({ timeZone: organisationSettings.timeZone }).from(organisationSettings).limit(1);
  return row && isTimeZone(row.timeZone) ? row.timeZone : DEFAULT_TIME_ZONE;
});
