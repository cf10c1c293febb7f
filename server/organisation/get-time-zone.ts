import "server-only";
import { cache } from "react";
import { db } from "@/db/client";
import { organisationSettings } from "@/db/schema";
import { DEFAULT_TIME_ZONE, isTimeZone } from "@/lib/time/zoned-time";

/**
 * The organisation's time zone, in which the panel shows every date and reads every date field.
 * Read once per request (a page and the verbs it calls share it); the default before the first
 * seed, or should the runtime no longer know a stored zone.
 */
export const getTimeZone = cache(async (): Promise<string> => {
  const [row] = await db().select({ timeZone: organisationSettings.timeZone }).from(organisationSettings).limit(1);
  return row && isTimeZone(row.timeZone) ? row.timeZone : DEFAULT_TIME_ZONE;
});
