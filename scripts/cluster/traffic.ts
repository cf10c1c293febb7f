/** Every request the cluster test sends through nginx, with when it started and ended. */
/** `cache`: nginx's X-Cache-Status; `originCache`: the web process's own (x-chorus-cache) when it answered. */
export type Sent = { kind: string; startedAt: number; endedAt: number; status: number; cache?: string | null; originCache?: string | null };

export class Traffic {
  readonly sent: Sent[] = [];
  constructor(private readonly origin: string) {}

  /** One request; a network failure counts as status 0 (nginx itself never failed to answer). */
  async send(kind: string, pathOrUrl: string, init: RequestInit & { from: string }): Promise<{ response?: Response; text: string; status: number }> {
    const startedAt = Date.now();
    const headers = new Headers(init.headers);
    // The load generator plays the CDN in front of nginx: it writes the visitor's own address.
    headers.set("x-forwarded-for", init.from);
    try {
      const response = await fetch(new URL(pathOrUrl, this.origin), { ...init, headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
      const text = await response.text();
      this.sent.push({ kind, startedAt, endedAt: Date.now(), status: response.status, cache: response.headers.get("x-cache-status"), originCache: response.headers.get("x-chorus-cache") });
      return { response, text, status: response.status };
    } catch {
      this.sent.push({ kind, startedAt, endedAt: Date.now(), status: 0 });
      return { text: "", status: 0 };
    }
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` over items with at most `width` at once. */
export async function inParallel<T>(items: T[], width: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index]!, index);
      }
    }),
  );
}
