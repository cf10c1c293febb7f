/**
 * Remembers each key's result for `ttlMs` in this process (a failed load is forgotten at once).
 * For reads that every request makes and that may be a second or two old; never for anything two
 * processes must agree on.
 */
export function ttlMemo<T>(ttlMs: number, load: (key: string) => Promise<T>) {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return (key: string, options: { fresh?: boolean } = {}): Promise<T> => {
    const hit = entries.get(key);
    if (hit && !options.fresh && Date.now() - hit.at < ttlMs) return hit.value;
    const value = load(key);
    entries.set(key, { at: Date.now(), value });
    value.catch(() => entries.delete(key));
    return value;
  };
}
