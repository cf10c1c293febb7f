/**
 * Ports of the servers Playwright starts. npm test picks free ones and passes them in; the
 * defaults serve a developer running `npx playwright test` by hand.
 */
export function e2ePorts() {
  const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  return { web: port("E2E_WEB_PORT", 3210), stub: port("E2E_STUB_PORT", 4010), workerHealth: port("E2E_WORKER_HEALTH_PORT", 3211) };
}
