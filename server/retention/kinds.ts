import "server-only";
import { closedCampaignSigners } from "./closed-campaign-signers";
import { fraudulentSignatures } from "./fraudulent-signatures";
import type { RetentionKind } from "./kind";
import { unconfirmedSignatures } from "./unconfirmed-signatures";

/** Every retention kind, in the order they run (server/retention/apply-retention.ts). */
export const retentionKinds: RetentionKind[] = [unconfirmedSignatures, fraudulentSignatures, closedCampaignSigners];
