import { isDatabaseUnavailable, unavailableReason } from "@/lib/outage/database-unavailable";
import { log } from "@/lib/log/logger.mjs";

/** What a write answers instead of its result when the database could not be reached. */
export const UNAVAILABLE = "unavailable" as const;

/**
 * Runs a write; a database outage becomes UNAVAILABLE, for the caller to answer "temporarily
 * unavailable, try again" (503, or a message on the form with what was typed). Anything else,
 * including Next's redirect and notFound signals, goes through untouched.
 */
export async function orUnavailable<T>(work: () => Promise<T>): Promise<T | typeof UNAVAILABLE> {
  try {
    return await work();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    log.error(`write refused, database unavailable: ${unavailableReason(error)}`);
    return UNAVAILABLE;
  }
}
