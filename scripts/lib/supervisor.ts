/**
 * The start command's lifecycle. What it starts is registered in order (the run lock, PostgreSQL,
 * a build, web and worker) and stopped in reverse on the first SIGINT, SIGTERM or SIGHUP, whenever
 * it arrives, start-up included. Later signals change nothing: a terminal's Ctrl-C reaches every
 * process of its group and npm relays it once more, so one keypress is often two signals, and a
 * second one must not cut the stop short and leave PostgreSQL running.
 */

type Stoppable = { stop(): Promise<void> | void };

// A start-up step (migrations, the first run's seed) is let finish, within reason, before stopping.
const STEP_GRACE_MS = 8_000;

const never = () => new Promise<never>(() => undefined);

export class Supervisor {
  private readonly owned: Array<() => Promise<void>> = [];
  private step: Promise<unknown> = Promise.resolve();
  private stopped?: Promise<never>;

  constructor(private readonly onStopping: () => void = () => undefined) {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void this.shutdown(0));
    this.stopWhenOrphaned();
  }

  /**
   * npm (11) answers a SIGTERM by exiting at once, without passing it on: a process manager that
   * stops `npm start` would leave this script, and PostgreSQL, running. Losing the parent that
   * started it counts as being told to stop.
   */
  private stopWhenOrphaned(): void {
    const parent = process.ppid;
    const timer = setInterval(() => {
      if (process.ppid === parent) return;
      clearInterval(timer);
      void this.shutdown(0);
    }, 250);
    timer.unref();
  }

  get stopping(): boolean {
    return this.stopped !== undefined;
  }

  /**
   * Starts something that must be stopped later. Once stopping, nothing new starts (the promise
   * never settles, and the process exits when the stop is done). A stop that arrives while it is
   * still starting waits for it to be up, then stops it.
   */
  own<T extends Stoppable>(start: () => Promise<T> | T): Promise<T> {
    if (this.stopping) return never();
    const started = Promise.resolve().then(start);
    this.owned.push(async () => {
      const resource = await started.catch(() => undefined);
      await resource?.stop();
    });
    return started;
  }

  /** Runs a start-up step that a stop should not cut in half (a migration, the demo seed). */
  async run<T>(work: () => Promise<T> | T): Promise<T> {
    if (this.stopping) return never();
    const running = Promise.resolve().then(work);
    this.step = running.catch(() => undefined);
    const result = await running;
    return this.stopping ? never() : result;
  }

  /** Stops everything owned, newest first, then exits with `code`. Idempotent. */
  shutdown(code: number): Promise<never> {
    this.stopped ??= (async () => {
      this.onStopping();
      await Promise.race([this.step, new Promise((resolve) => setTimeout(resolve, STEP_GRACE_MS))]);
      for (const stop of this.owned.reverse()) {
        try {
          await stop();
        } catch (error) {
          console.error(`While stopping: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      process.exit(code);
    })();
    return this.stopped;
  }
}
