import "server-only";
import { deliveryRecords } from "./delivery-records";
import { emailBodies } from "./email-bodies";
import { expiredLinks } from "./expired-links";
import type { RetentionKind } from "./kind";
import { webhookPayloads } from "./webhook-payloads";

/** Every retention kind, in the order they run (server/retention/apply-retention.ts). */
export const retentionKinds: RetentionKind[] = [
  // Whole records first: a message old enough for both goes at once, not erased and then deleted.
  deliveryRecords,
  emailBodies,
  webhookPayloads,
  expiredLinks,
];
