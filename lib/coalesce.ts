/**
 * Group commit: callers submit one item each and await its own result, while `run` writes many
 * items at once. While fewer than `maxInFlight` batches are running, a submission starts a batch at
 * the end of the current turn of the event loop (with whatever else arrived in that turn), so a
 * lone request waits for nothing; under load, submissions gather behind the running batches and
 * the next batch takes them all (up to `maxBatch`). A busy process thus makes fewer, larger writes
 * instead of one round trip and one commit per request.
 *
 * `run` answers each item in order. When a batch fails as a whole, each of its items is retried on
 * its own, so one bad item fails only its caller. Items with the same `key` never share a batch
 * (e.g. the same person twice, whom one statement cannot write twice): the later one waits for the
 * next batch.
 */
export function coalesce<In, Out>(run: (items: In[]) => Promise<Out[]>, options: { maxBatch: number; maxInFlight: number; key?: (item: In) => string }) {
  type Waiting = { item: In; resolve(value: Out): void; reject(error: unknown): void };
  let queue: Waiting[] = [];
  let inFlight = 0;
  let scheduled = false;

  async function runAlone(waiting: Waiting) {
    try {
      const [result] = await run([waiting.item]);
      waiting.resolve(result as Out);
    } catch (error) {
      waiting.reject(error);
    }
  }

  function takeBatch(): Waiting[] {
    const batch: Waiting[] = [];
    const later: Waiting[] = [];
    const keys = new Set<string>();
    for (const waiting of queue) {
      const key = options.key?.(waiting.item);
      if (batch.length >= options.maxBatch || (key !== undefined && keys.has(key))) later.push(waiting);
      else {
        batch.push(waiting);
        if (key !== undefined) keys.add(key);
      }
    }
    queue = later;
    return batch;
  }

  function flush() {
    scheduled = false;
    while (queue.length > 0 && inFlight < options.maxInFlight) {
      const batch = takeBatch();
      inFlight++;
      void write(batch).finally(() => {
        inFlight--;
        flush();
      });
    }
  }

  async function write(batch: Waiting[]) {
    try {
      const results = await run(batch.map((waiting) => waiting.item));
      batch.forEach((waiting, index) => waiting.resolve(results[index] as Out));
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error);
      else await Promise.all(batch.map(runAlone));
    }
  }

  return function submit(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!scheduled && inFlight < options.maxInFlight) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  };
}
