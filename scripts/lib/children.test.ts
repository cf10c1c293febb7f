import { afterEach, describe, expect, it, vi } from "vitest";
import { keepRunning, startChild, type KeptChild } from "./children";

const policy = { firstMs: 100, maxMs: 400, stableMs: 60_000 };
const kept: KeptChild[] = [];
afterEach(async () => {
  await Promise.all(kept.splice(0).map((child) => child.stop()));
  vi.restoreAllMocks();
});

/** A child that lives `ms` milliseconds, then exits with code 3. */
const shortLived = (ms: number) => () => startChild("crashy", process.execPath, ["-e", `setTimeout(() => process.exit(3), ${ms})`], { cwd: process.cwd(), env: process.env });

describe("keepRunning", () => {
  it("starts a crashed child again with a pause that doubles up to its cap, saying so each time", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void lines.push(line));
    const child = keepRunning("crashy", shortLived(50), () => false, policy);
    kept.push(child);
    const first = child.current().process.pid;
    await expect.poll(() => lines.filter((line) => line.includes("restarted")).length, { timeout: 5_000 }).toBeGreaterThanOrEqual(4);
    expect(child.current().process.pid).not.toBe(first);
    const pauses = lines.filter((line) => line.includes("exited unexpectedly")).map((line) => /restarting in ([\d.]+) s/.exec(line)?.[1]);
    expect(pauses.slice(0, 4)).toEqual(["0.1", "0.2", "0.4", "0.4"]);
    expect(lines[0]).toBe("[crashy] exited unexpectedly (code 3); restarting in 0.1 s.");
  });

  it("goes back to the first pause after a child stayed up long enough", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void lines.push(line));
    kept.push(keepRunning("crashy", shortLived(150), () => false, { ...policy, stableMs: 100 }));
    await expect.poll(() => lines.filter((line) => line.includes("exited unexpectedly")).length, { timeout: 5_000 }).toBeGreaterThanOrEqual(3);
    expect(lines.filter((line) => line.includes("exited unexpectedly")).every((line) => line.includes("restarting in 0.1 s"))).toBe(true);
  });

  it("does not restart once stopping, and stop cancels a restart that is waiting", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    let stopping = false;
    const child = keepRunning("crashy", shortLived(50), () => stopping, { ...policy, firstMs: 300 });
    const first = child.current();
    await first.exited;
    await child.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(child.current()).toBe(first);

    const other = keepRunning("crashy", shortLived(50), () => stopping, policy);
    stopping = true;
    const only = other.current();
    await only.exited;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(other.current()).toBe(only);
  });
});
