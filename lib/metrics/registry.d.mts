import type { Counter, Histogram, Registry } from "prom-client";

export type ChorusMetrics = {
  registry: Registry;
  httpRequests: Counter<"method" | "route" | "status">;
  httpDuration: Histogram<"method" | "route">;
  signaturesAccepted: Counter;
  signaturesConfirmed: Counter;
  emailsSent: Counter<"transport">;
  emailsFailed: Counter<"transport">;
  emailsRetried: Counter<"transport">;
  mailRateWaits: Counter;
  mailRateWaitSeconds: Counter;
};

export declare function metrics(): ChorusMetrics;
