/*
 * The entries of the web process's shared cache: a least-recently-used map bounded in entries and
 * in bytes, and a generation counter that forgets everything at once. The counter lives on
 * globalThis under a registered symbol so that Next's bundle (server/public-pages/public-read.ts,
 * after an organiser's change) and scripts/web-server.mjs, in the same process, share it.
 */

const GENERATION = Symbol.for("chorus.response-cache.generation");

/** @returns {number} */
export function cacheGeneration() {
  const holder = /** @type {Record<symbol, number | undefined>} */ (/** @type {unknown} */ (globalThis));
  return holder[GENERATION] ?? 0;
}

/** Every entry of this process's cache is stale from now on (the next request re-renders). */
export function forgetCachedResponses() {
  const holder = /** @type {Record<symbol, number | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[GENERATION] = (holder[GENERATION] ?? 0) + 1;
}

/**
 * @typedef {object} Entry
 * @property {number} status
 * @property {[string, string | string[]][]} headers what Next sent, less hop-by-hop and ours
 * @property {Buffer} body
 * @property {Buffer | null} gzip the same body compressed once, when worth it
 * @property {string} etag
 * @property {number} storedAt
 * @property {number} freshMs
 * @property {number} staleMs
 * @property {number} generation
 * @property {number} refreshingSince 0, or when one request went to re-render it
 */

/** @param {Entry} entry */
const sizeOf = (entry) => entry.body.length + (entry.gzip?.length ?? 0) + 512;

export class CacheStore {
  /** @param {{ maxEntries?: number, maxBytes?: number }} [limits] */
  constructor({ maxEntries = 2000, maxBytes = 64 * 1024 * 1024 } = {}) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, Entry>} insertion order is recency order */
    this.entries = new Map();
  }

  /**
   * The entry for a key, if it belongs to the current generation; marks it most recently used.
   * @param {string} key
   */
  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.generation !== cacheGeneration()) {
      this.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * @param {string} key
   * @param {Entry} entry
   */
  set(key, entry) {
    this.delete(key);
    if (sizeOf(entry) > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += sizeOf(entry);
    // Oldest first: a Map iterates in insertion order.
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= sizeOf(entry);
  }

  get size() {
    return this.entries.size;
  }
}
