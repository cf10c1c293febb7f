import { describe, expect, it } from "vitest";
import { coalesce } from "./coalesce";

// A writer that records each batch it was given and can be held open, like a slow statement.
function recorder(options: { fail?: (items: string[]) => boolean } = {}) {
  const batches: string[][] = [];
  let release: () => void = () => undefined;
  let gate: Promise<void> | null = null;
  return {
    batches,
    hold() {
      gate = new Promise((resolve) => (release = resolve));
    },
    open: () => release(),
    async run(items: string[]) {
      batches.push(items);
      if (gate) await gate;
      if (options.fail?.(items)) throw new Error(`batch ${items.join(",")} failed`);
      return items.map((item) => `done:${item}`);
    },
  };
}

describe("coalesce", () => {
  it("answers each caller with its own result, and writes a lone item at once", async () => {
    const writer = recorder();
    const submit = coalesce((items: string[]) => writer.run(items), { maxBatch: 10, maxInFlight: 1 });
    expect(await submit("a")).toBe("done:a");
    expect(writer.batches).toEqual([["a"]]);
  });

  it("gathers what arrives while a batch runs into the next one, up to the largest batch", async () => {
    const writer = recorder();
    const submit = coalesce((items: string[]) => writer.run(items), { maxBatch: 3, maxInFlight: 1 });
    writer.hold();
    const first = submit("a");
    await new Promise((resolve) => setImmediate(resolve));
    const rest = ["b", "c", "d", "e"].map(submit);
    writer.open();
    expect(await Promise.all([first, ...rest])).toEqual(["done:a", "done:b", "done:c", "done:d", "done:e"]);
    expect(writer.batches).toEqual([["a"], ["b", "c", "d"], ["e"]]);
  });

  it("never puts two items with the same key in one batch", async () => {
    const writer = recorder();
    const submit = coalesce((items: string[]) => writer.run(items), { maxBatch: 10, maxInFlight: 1, key: (item) => item.split("#")[0]! });
    await Promise.all(["ana#1", "bo", "ana#2"].map(submit));
    expect(writer.batches).toEqual([["ana#1", "bo"], ["ana#2"]]);
  });

  it("retries the items of a failed batch one by one, so only the bad one fails", async () => {
    const writer = recorder({ fail: (items) => items.includes("bad") });
    const submit = coalesce((items: string[]) => writer.run(items), { maxBatch: 10, maxInFlight: 1 });
    const results = await Promise.allSettled(["a", "bad", "c"].map(submit));
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : (r.reason as Error).message))).toEqual(["done:a", "batch bad failed", "done:c"]);
  });
});
