/*
 * Whether this process is shutting down, and what to close when it does. On globalThis so that the
 * bare-node web server (which decides) and the Next bundle (health route, database pool) agree.
 */

const KEY = Symbol.for("chorus.draining");

/** @returns {{ draining: boolean; hooks: Array<() => Promise<void>> }} */
function state() {
  const store = /** @type {any} */ (globalThis);
  store[KEY] ??= { draining: false, hooks: [] };
  return store[KEY];
}

export const isDraining = () => state().draining;

export function startDraining() {
  state().draining = true;
}

/** Registers something to close once in-flight requests are done (the database pool). */
export function onShutdown(/** @type {() => Promise<void>} */ hook) {
  state().hooks.push(hook);
}

/** Runs every registered hook; one that fails does not keep the others from running. */
export async function runShutdownHooks() {
  await Promise.allSettled(state().hooks.map((hook) => hook()));
}
