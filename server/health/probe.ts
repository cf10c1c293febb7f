const TIMEOUT_MS = 2_000;

export type ProbeResult = "up" | "down";

/** "up" when `check` succeeds within two seconds, "down" when it throws or hangs; never throws. */
export async function probe(check: () => Promise<unknown>): Promise<ProbeResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"down">((resolve) => {
    timer = setTimeout(() => resolve("down"), TIMEOUT_MS);
  });
  const attempt = check().then(
    () => "up" as const,
    () => "down" as const,
  );
  try {
    return await Promise.race([attempt, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
