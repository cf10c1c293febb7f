import { randomFillSync } from "node:crypto";

/*
 * Random bytes from one pool, filled by the system's CSPRNG 4 KB at a time. Each randomBytes()
 * call crosses into OpenSSL and allocates a buffer: 10–13 µs of the web process's only thread,
 * and a signature needed three (its link's token, the seal's IV, the request id), per
 * scripts/bench/profile-signing.ts. Node's own randomUUID() pools the same way.
 *
 * Every byte is handed out once: the offset only moves forward, and the pool is refilled (not
 * reused) when it runs out. Callers get copies or strings, never a view into the pool.
 */

const POOL_SIZE = 4096;
const pool = Buffer.alloc(POOL_SIZE);
let offset = POOL_SIZE;

/** The start of `size` fresh bytes in the pool. */
function take(size) {
  if (size > POOL_SIZE) throw new RangeError(`at most ${POOL_SIZE} random bytes at a time`);
  if (offset + size > POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  const start = offset;
  offset += size;
  return start;
}

/**
 * `size` random bytes as a Buffer of its own.
 * @param {number} size
 * @returns {Buffer}
 */
export function randomBytesFromPool(size) {
  const start = take(size);
  return Buffer.from(pool.subarray(start, start + size));
}

/**
 * `size` random bytes written as text ("hex" or "base64url"), without an intermediate buffer.
 * @param {number} size
 * @param {"hex" | "base64url"} encoding
 * @returns {string}
 */
export function randomText(size, encoding) {
  const start = take(size);
  return pool.toString(encoding, start, start + size);
}
