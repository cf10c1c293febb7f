import type { RetentionReport } from "./apply-retention";

/**
 * The report as a plain-text table, one line per kind and table, for the script's output and the
 * worker's log. Operators read it; it is not translated.
 *
 *   kind              table           rows
 *   email-bodies      email_messages   120
 */
export function formatRetentionReport(report: RetentionReport, dryRun: boolean): string {
  const rows: [string, string, string][] = [["kind", "table", dryRun ? "rows due" : "rows"]];
  for (const outcome of report) {
    if (outcome.error) rows.push([outcome.kind, "(failed)", outcome.error]);
    else if (Object.keys(outcome.counts).length === 0) rows.push([outcome.kind, "-", "0"]);
    else for (const [table, count] of Object.entries(outcome.counts)) rows.push([outcome.kind, table, String(count)]);
  }
  const isCount = (text: string) => /^\d+$/.test(text);
  const width = (column: 0 | 1 | 2) => Math.max(...rows.filter((row, index) => column < 2 || index === 0 || isCount(row[2])).map((row) => row[column].length));
  // Counts right-aligned under their heading, so that a long column of them reads at a glance; an error is left as it is.
  const lines = rows.map(([kind, table, count]) => `${kind.padEnd(width(0))}  ${table.padEnd(width(1))}  ${isCount(count) ? count.padStart(width(2)) : count}`);
  const total = report.reduce((sum, outcome) => sum + Object.values(outcome.counts).reduce((a, b) => a + b, 0), 0);
  const failed = report.filter((outcome) => outcome.error).length;
  const summary = dryRun ? `Dry run: ${total} rows would be removed or anonymised; nothing was changed.` : `${total} rows removed or anonymised.`;
  return [...lines, "", failed > 0 ? `${summary} ${failed} kind${failed === 1 ? "" : "s"} failed.` : summary].join("\n");
}
