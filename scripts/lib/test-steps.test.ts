import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readPlaywright, readVitest } from "./test-steps";

/*
 * CI keeps only the end of npm test's output, so the summary must name what failed. These reports
 * have the shape the two runners write (trimmed to the fields read).
 */

const dir = mkdtempSync(path.join(tmpdir(), "chorus-reports-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, report: unknown) => {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(report));
  return file;
};

describe("the suite summary", () => {
  it("names each failed Playwright test with its place, its describe blocks and its error's first line", () => {
    const failed = { status: "unexpected", results: [{ error: { message: "\u001b[31mError: expect(received).toBeLessThan(expected)\u001b[39m\n\nExpected: < 50" } }] };
    const file = write("browser.json", {
      stats: { expected: 2, unexpected: 1, flaky: 1 },
      errors: [],
      suites: [
        {
          title: "bounded-memory.spec.ts",
          specs: [{ title: "20,000 requests leave memory within 50 MB", file: "bounded-memory.spec.ts", line: 66, tests: [failed] }],
          suites: [{ title: "in French", specs: [{ title: "signs", file: "bounded-memory.spec.ts", line: 90, tests: [{ status: "flaky", results: [] }] }] }],
        },
        { title: "sign-petition.spec.ts", specs: [{ title: "signs", file: "sign-petition.spec.ts", line: 12, tests: [{ status: "expected", results: [] }] }] },
      ],
    });
    expect(readPlaywright(file)).toEqual({
      passed: 3,
      failed: 1,
      failures: ["bounded-memory.spec.ts:66 › 20,000 requests leave memory within 50 MB: Error: expect(received).toBeLessThan(expected)"],
    });
  });

  it("counts a Playwright error outside any test (a failed global setup) as a failure, and names it", () => {
    const file = write("setup.json", { stats: { expected: 0, unexpected: 0, flaky: 0 }, errors: [{ message: "connect ECONNREFUSED 127.0.0.1:5432" }], suites: [] });
    expect(readPlaywright(file)).toEqual({ passed: 0, failed: 1, failures: ["global: connect ECONNREFUSED 127.0.0.1:5432"] });
  });

  it("names each failed Vitest test, and a file that failed to load", () => {
    const file = write("unit.json", {
      numPassedTests: 4,
      numFailedTests: 1,
      testResults: [
        {
          name: path.join(process.cwd(), "lib/http/cache-store.test.ts"),
          status: "failed",
          assertionResults: [
            { fullName: "the cache store evicts the oldest entry", status: "failed", failureMessages: ["AssertionError: expected 3 to be 2\n    at …"] },
            { fullName: "the cache store keeps fresh entries", status: "passed" },
          ],
        },
        { name: path.join(process.cwd(), "lib/broken.test.ts"), status: "failed", message: "Failed to load url ./missing", assertionResults: [] },
      ],
    });
    expect(readVitest(file)).toEqual({
      passed: 4,
      failed: 2,
      failures: ["lib/http/cache-store.test.ts › the cache store evicts the oldest entry: AssertionError: expected 3 to be 2", "lib/broken.test.ts: Failed to load url ./missing"],
    });
  });
});
