import { describe, expect, it } from "vitest";
import type { RetentionReport } from "./apply-retention";
import { formatRetentionReport } from "./format-report";

describe("formatRetentionReport", () => {
  it("prints one aligned line per kind and table, a failed kind with its reason, and the total", () => {
    const report: RetentionReport = [
      { kind: "delivery-records", counts: { email_messages: 1840, email_broadcasts: 3 } },
      { kind: "webhook-payloads", counts: { webhook_events: 0 } },
      { kind: "expired-links", counts: {}, error: "canceling statement due to lock timeout" },
    ];
    expect(formatRetentionReport(report, true).split("\n")).toEqual([
      "kind              table             rows due",
      "delivery-records  email_messages        1840",
      "delivery-records  email_broadcasts         3",
      "webhook-payloads  webhook_events           0",
      "expired-links     (failed)          canceling statement due to lock timeout",
      "",
      "Dry run: 1843 rows would be removed or anonymised; nothing was changed. 1 kind failed.",
    ]);
    expect(formatRetentionReport(report.slice(0, 2), false)).toMatch(/\n1843 rows removed or anonymised\.$/);
  });
});
