import { describe, expect, it } from "vitest";
import { retryingMemo } from "./retrying-memo";

describe("retryingMemo", () => {
  it("creates once and shares the result", async () => {
    let calls = 0;
    const memo = retryingMemo(async () => ++calls, 1_000);
    expect(await Promise.all([memo.get(), memo.get()])).toEqual([1, 1]);
    expect(calls).toBe(1);
  });

  it("forgets a failed creation and tries again after the pause, not before", async () => {
    let calls = 0;
    const memo = retryingMemo(async () => {
      calls++;
      if (calls === 1) throw new Error("database down");
      return "client";
    }, 50);
    await expect(memo.get()).rejects.toThrow("database down");
    await expect(memo.get()).rejects.toThrow("database down");
    expect(calls).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await memo.get()).toBe("client");
    expect(calls).toBe(2);
  });

  it("creates a new one after discard", async () => {
    let calls = 0;
    const memo = retryingMemo(async () => ++calls, 1_000);
    await memo.get();
    memo.discard();
    expect(await memo.get()).toBe(2);
  });
});
