/**
 * A Map that holds at most `max` entries and forgets the least recently used one to make room.
 * Every in-process cache keyed by something a visitor can choose (a slug, a token, a filter) sits
 * in one of these, so no stream of invented keys can grow the process's memory without limit.
 */
export class BoundedMap<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new Error(`BoundedMap needs a positive size, not ${max}`);
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The value, marked as just used (a Map keeps insertion order, so re-inserting moves it last). */
  get(key: K): V | undefined {
    if (!this.#entries.has(key)) return undefined;
    const value = this.#entries.get(key) as V;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  has(key: K): boolean {
    return this.#entries.has(key);
  }

  set(key: K, value: V): this {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.max) this.#entries.delete(this.#entries.keys().next().value as K);
    return this;
  }

  delete(key: K): boolean {
    return this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }

  /** Removes every entry the predicate picks (expired ones, say). */
  sweep(stale: (value: V, key: K) => boolean): void {
    for (const [key, value] of this.#entries) if (stale(value, key)) this.#entries.delete(key);
  }
}
