import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

/** `failures`: which tests failed, with their error's first line, repeated under the summary. */
export type StepResult = { name: string; passed: number; failed: number; seconds: number; failures?: string[] };

/**
 * Runs a command to its end. `buffered`: its output is held and printed in one piece under its
 * header once it ends, for a step that runs beside another one printing as it goes.
 */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, buffered = false, before?: () => void): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: buffered ? ["ignore", "pipe", "pipe"] : "inherit", env });
    const output: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk));
    child.once("error", (error) => {
      console.error(error);
      resolve(1);
    });
    child.once("close", (code, signal) => {
      before?.();
      if (buffered) process.stdout.write(Buffer.concat(output));
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function header(name: string, note = "") {
  console.log(`\n━━ ${name} ${"━".repeat(Math.max(0, 60 - name.length))}${note}`);
}

/**
 * A check that either passes or fails as a whole (lint, typecheck, …): counts as one. `buffered`
 * (see run): its header and output appear together when it ends.
 */
export async function runCheck(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, options: { buffered?: boolean } = {}): Promise<StepResult> {
  if (!options.buffered) header(name);
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  const code = await run(command, args, env, options.buffered, () => {
    if (options.buffered) header(name, ` (${seconds().toFixed(1)} s, run beside another step)`);
  });
  return { name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, seconds: seconds() };
}

type Counts = { passed: number; failed: number; failures: string[] };

// The first line of an error, without the terminal's colour codes: enough to tell failures apart.
function firstLine(message: string | undefined): string {
  const line =
    (message ?? "")
      .replace(/\u001b\[[0-9;]*m/g, "")
      .split("\n")
      .find((text) => text.trim()) ?? "";
  return line.trim().slice(0, 200);
}

export function readVitest(file: string): Counts {
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages?: string[] }[] }[];
  };
  const failures: string[] = [];
  let broken = 0;
  for (const file of report.testResults) {
    const name = path.relative(process.cwd(), file.name);
    // A file that fails to load reports no tests, but it is still a failure.
    if (file.status === "failed" && file.assertionResults.length === 0) {
      broken++;
      failures.push(`${name}: ${firstLine(file.message)}`);
    }
    for (const test of file.assertionResults) {
      if (test.status === "failed") failures.push(`${name} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
  }
  return { passed: report.numPassedTests, failed: report.numFailedTests + broken, failures };
}

type PlaywrightSuite = {
  title: string;
  specs?: { title: string; file: string; line: number; tests: { status: string; results: { error?: { message?: string } }[] }[] }[];
  suites?: PlaywrightSuite[];
};

function playwrightFailures(suites: PlaywrightSuite[] = [], titles: string[] = []): string[] {
  return suites.flatMap((suite) => {
    // A file's own suite is titled with the file's name, which each spec already gives.
    const trail = suite.title && !suite.title.endsWith(".ts") ? [...titles, suite.title] : titles;
    const own = (suite.specs ?? []).flatMap((spec) => spec.tests.filter((test) => test.status === "unexpected").map((test) => `${spec.file}:${spec.line} › ${[...trail, spec.title].join(" › ")}: ${firstLine(test.results.at(-1)?.error?.message)}`));
    return [...own, ...playwrightFailures(suite.suites, trail)];
  });
}

export function readPlaywright(file: string): Counts {
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number };
    errors?: { message?: string }[];
    suites?: PlaywrightSuite[];
  };
  const errors = report.errors ?? [];
  const failures = [...errors.map((error) => `global: ${firstLine(error.message)}`), ...playwrightFailures(report.suites)];
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected + errors.length, failures };
}

/**
 * A test suite (vitest or playwright) whose own JSON report gives the counts. A suite that
 * crashes before writing one counts as one failure, never as zero.
 */
export async function runSuite(name: string, runner: "vitest" | "playwright", args: string[], env: NodeJS.ProcessEnv, resultsDir: string, options: { buffered?: boolean } = {}): Promise<StepResult> {
  if (!options.buffered) header(name);
  const report = path.join(resultsDir, `${name}.json`);
  rmSync(report, { force: true });
  const started = Date.now();
  const bin = path.join(process.cwd(), "node_modules", ".bin", runner);
  const printHeader = () => {
    if (options.buffered) header(name, ` (${((Date.now() - started) / 1000).toFixed(1)} s, run beside another step)`);
  };
  const code =
    runner === "vitest"
      ? await run(bin, ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], env, options.buffered, printHeader)
      : await run(bin, ["test", ...args], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: report }, options.buffered, printHeader);
  const seconds = (Date.now() - started) / 1000;
  let counts: Counts = { passed: 0, failed: 1, failures: [`no report at ${path.relative(process.cwd(), report)}`] };
  if (existsSync(report)) {
    try {
      counts = runner === "vitest" ? readVitest(report) : readPlaywright(report);
    } catch (error) {
      console.error(`Could not read ${report}:`, error);
    }
  }
  // A non-zero exit with no failed test (e.g. a crashed global setup) is still a failure.
  if (code !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.failures.push(`${runner} exited with code ${code} though no test failed`);
  }
  return { name, ...counts, seconds };
}
