import { applyRetention } from "@/server/retention/apply-retention";
import { formatRetentionReport } from "@/server/retention/format-report";
import { defineJob } from "./define-job";
import { log } from "@/lib/log/logger.mjs";

/**
 * Daily (db/queue/queues.ts): removes or anonymises what the retention policy says is due, and logs
 * the report. A kind that failed makes the job throw, so the queue tries again later; the kinds that
 * succeeded have nothing left to do by then.
 */
export const applyRetentionJob = defineJob({
  queue: "retention.apply",
  async handle(_data, { context }) {
    const report = await applyRetention(context, { dryRun: false });
    log.info(`retention:\n${formatRetentionReport(report, false)}`);
    const failed = report.filter((outcome) => outcome.error);
    if (failed.length > 0) throw new Error(`retention failed for ${failed.map((outcome) => outcome.kind).join(", ")}`);
  },
});
