import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { RequestCookies, ResponseCookies } from "next/dist/compiled/@edge-runtime/cookies";

/**
 * Runs a public server action as a visitor's browser posts it: inside the request scope Next
 * gives an action (see signed-in.ts), with these headers and cookies readable by headers() and
 * cookies(), and cookies the action sets kept for the next call.
 */
export function asVisitor<T>(work: () => Promise<T>, options: { headers?: Record<string, string>; cookies?: Record<string, string> } = {}): Promise<T> {
  const headers = new Headers({ host: "localhost:3000", "x-forwarded-proto": "http", "x-forwarded-for": "203.0.113.7", ...options.headers });
  const jar = new ResponseCookies(new Headers());
  for (const [name, value] of Object.entries(options.cookies ?? {})) jar.set(name, value);
  const workStore = { route: "/integration-test", forceStatic: false, dynamicShouldError: false, isStaticGeneration: false };
  const requestStore = { type: "request", phase: "action", headers, cookies: new RequestCookies(headers), mutableCookies: jar, userspaceMutableCookies: jar, implicitTags: { tags: [] } };
  return workAsyncStorage.run(workStore as never, () => workUnitAsyncStorage.run(requestStore as never, work));
}
