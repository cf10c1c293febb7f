import "server-only";
import { queueSender } from "@/db/transaction";
import { probe, type ProbeResult } from "./probe";

/**
 * Whether this process can queue jobs (every confirm, unsubscribe, letter and admin write does):
 * its queue client is started, or starts now. A client whose start failed is started again here,
 * so a health check after the database returns also brings the queue back.
 */
export function checkQueue(): Promise<ProbeResult> {
  return probe(() => queueSender());
}
