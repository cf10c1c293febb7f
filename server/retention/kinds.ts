import "server-only";
import type { RetentionKind } from "./kind";

/** Every retention kind, in the order they run (server/retention/apply-retention.ts). */
export const retentionKinds: RetentionKind[] = [];
