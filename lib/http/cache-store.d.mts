export declare function cacheGeneration(): number;
export declare function forgetCachedResponses(): void;
export type Entry = {
  status: number;
  headers: [string, string | string[]][];
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
  storedAt: number;
  freshMs: number;
  staleMs: number;
  generation: number;
  refreshingSince: number;
};
export declare class CacheStore {
  constructor(limits?: { maxEntries?: number; maxBytes?: number });
  readonly maxEntries: number;
  readonly maxBytes: number;
  bytes: number;
  readonly entries: Map<string, Entry>;
  get(key: string): Entry | undefined;
  set(key: string, entry: Entry): void;
  delete(key: string): void;
  readonly size: number;
}
