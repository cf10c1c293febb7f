import "server-only";
import { closedCampaignSigners } from "./closed-campaign-signers";
import { deliveryRecords } from "./delivery-records";
import { emailBodies } from "./email-bodies";
import { expiredLinks } from "./expired-links";
import { fraudulentSignatures } from "./fraudulent-signatures";
import type { RetentionKind } from "./kind";
import { unconfirmedSignatures } from "./unconfirmed-signatures";
import { webhookPayloads } from "./webhook-payloads";

/** Every retention kind, in the order they run (server/retention/apply-retention.ts). */
export const retentionKinds: RetentionKind[] = [
  // People first: what they leave behind (emails, links) is then swept by the kinds below in the same run.
  unconfirmedSignatures,
  fraudulentSignatures,
  closedCampaignSigners,
  // Whole records before bodies: a message old enough for both goes at once, not erased and then deleted.
  deliveryRecords,
  emailBodies,
  webhookPayloads,
  expiredLinks,
];
