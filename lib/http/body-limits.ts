/**
 * The request-body caps, in bytes, stated once so route handlers, the proxy, next.config.ts, the
 * README and the tests quote the same numbers. No imports: next.config.ts reads this file.
 */
export const bodyLimits = {
  signingApi: 16 * 1024,
  webhook: 256 * 1024,
  oneClickUnsubscribe: 1024,
  bench: 16 * 1024,
  // Auth.js's own forms: an address, a CSRF token and a landing page.
  authForm: 8 * 1024,
  // The campaign editor posts up to ~46,000 characters plus shorter fields (under 200 KB even in
  // four-byte characters); public forms are a few KB.
  serverAction: 256 * 1024,
} as const;
