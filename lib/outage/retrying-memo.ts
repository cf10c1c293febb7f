/*
 * A lazily created async resource (a client, a connection) that is never poisoned by one failure:
 * a rejected creation is forgotten, so the next call tries again, but not sooner than `backoffMs`
 * after the failure (callers within that window get the same failure at once, instead of a
 * storm of connection attempts against a database that is down). `discard` drops a resource
 * found broken later on.
 */
export function retryingMemo<T>(create: () => Promise<T>, backoffMs: number) {
  let current: Promise<T> | undefined;
  let failedAt = 0;
  let lastError: unknown;

  function get(): Promise<T> {
    if (current) return current;
    if (Date.now() - failedAt < backoffMs) return Promise.reject(lastError);
    const attempt = create();
    current = attempt;
    attempt.catch((error: unknown) => {
      if (current !== attempt) return;
      current = undefined;
      failedAt = Date.now();
      lastError = error;
    });
    return attempt;
  }

  return {
    get,
    /** Forgets the resource (after it failed in use), so the next `get` creates a new one. */
    discard(): void {
      current = undefined;
    },
  };
}
