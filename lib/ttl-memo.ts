import { BoundedMap } from "./bounded-map";

export type MemoOptions<T> = {
  /** Keys remembered at once; the least recently read goes first (default 1,000). */
  max?: number;
  /** How long the last good value may stand in for a reload that fails (default 10 minutes). */
  maxStaleMs?: number;
  /** Whether a result is worth keeping: by default null and undefined (an unknown key) are not. */
  keep?: (value: T) => boolean;
  /** Memos that a write may invalidate together (see forgetMemos). */
  group?: string;
};

type Good<T> = { value: T; at: number };
type Entry<T> = { at: number; value: Promise<T>; good?: Good<T> };

export type Memo<T> = ((key: string, options?: { fresh?: boolean }) => Promise<T>) & { forget: () => void };

// Named groups of memos, so a write can expire what it changed. Grows with the code, not with input.
const groups = new Map<string, Set<() => void>>();

/** Expires every memo of a group in this process: the next read of any of their keys reloads. */
export function forgetMemos(group: string): void {
  for (const forget of groups.get(group) ?? []) forget();
}

/**
 * Remembers each key's result for `ttlMs` in this process, for reads that every request makes and
 * that may be a second or two old; never for anything two processes must agree on.
 * Bounded: at most `max` keys, and a result for a key that does not exist (null) is not kept, so a
 * visitor inventing slugs costs no memory. Stale-if-error: when a reload fails (the database is
 * unreachable) the last good value is served for up to `maxStaleMs`, and the next reload is tried
 * one `ttlMs` later rather than by every request; with no good value the error reaches the caller.
 */
export function ttlMemo<T>(ttlMs: number, load: (key: string) => Promise<T>, options: MemoOptions<T> = {}): Memo<T> {
  const maxStaleMs = options.maxStaleMs ?? 10 * 60_000;
  const keep = options.keep ?? ((value: T) => value !== null && value !== undefined);
  const entries = new BoundedMap<string, Entry<T>>(options.max ?? 1_000);
  let sweptAt = 0;

  function sweep(now: number) {
    if (now - sweptAt < Math.max(ttlMs, 1_000)) return;
    sweptAt = now;
    entries.sweep((entry) => now - entry.at >= ttlMs && (!entry.good || now - entry.good.at > maxStaleMs));
  }

  function reload(key: string, previous: Good<T> | undefined): Promise<T> {
    const entry: Entry<T> = { at: Date.now(), value: undefined as never, good: previous };
    // Settles the entry only if nothing replaced it meanwhile (a forget, or a fresher reload).
    const current = () => entries.has(key) && entries.get(key) === entry;
    entry.value = load(key).then(
      (value) => {
        if (!current()) return value;
        if (keep(value)) {
          const at = Date.now();
          entries.set(key, { at, value: Promise.resolve(value), good: { value, at } });
        } else entries.delete(key);
        return value;
      },
      (error: unknown) => {
        if (previous && Date.now() - previous.at <= maxStaleMs) {
          if (current()) entries.set(key, { at: Date.now(), value: Promise.resolve(previous.value), good: previous });
          return previous.value;
        }
        if (current()) entries.delete(key);
        throw error;
      },
    );
    entries.set(key, entry);
    return entry.value;
  }

  const read = (key: string, { fresh = false }: { fresh?: boolean } = {}): Promise<T> => {
    const now = Date.now();
    sweep(now);
    const hit = entries.get(key);
    if (hit && !fresh && now - hit.at < ttlMs) return hit.value;
    return reload(key, hit?.good);
  };
  // Expired, not dropped: the last good value still covers an outage that follows the write.
  const forget = () => {
    const expired: [string, Good<T> | undefined][] = [];
    entries.sweep((entry, key) => (expired.push([key, entry.good]), true));
    for (const [key, good] of expired) if (good) entries.set(key, { at: -Infinity, value: Promise.resolve(good.value), good });
  };
  if (options.group) groups.set(options.group, (groups.get(options.group) ?? new Set()).add(forget));
  return Object.assign(read, { forget });
}
