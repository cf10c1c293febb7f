/*
 * The headers that tell the browser what a page may load and run. 'self' only: Chorus loads no
 * third-party script, style, font or image, so the browser refuses any. Scripts run only with this
 * response's nonce ('strict-dynamic' lets those scripts load Next's chunks); an injected
 * <script> or inline handler has no nonce and is refused. Styles keep 'unsafe-inline': React
 * and the dashboard's charts set style attributes, which cannot carry a nonce, and CSS cannot run code.
 *
 * Public pages are shared (lib/http/response-cache.mjs, nginx): a stored page is served with the
 * policy it was rendered with, so its nonce matches its scripts, and several viewers then see one
 * nonce for the second or so the copy lives. That is safe because a nonce only protects against
 * markup injected into the page: a shared page holds no input of any viewer (personal requests
 * are never stored), and whoever reads a nonce from a copy cannot change that copy's content,
 * which was fixed when it was rendered; the next render has a new nonce. A 304 carries no policy,
 * so a browser keeps the one matching the body it already has.
 */

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** The policy of an HTML page rendered with this nonce. The dev server also needs eval and its websocket. */
export function pagePolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The policy of every response the proxy does not see (API answers, feeds, static files, a 404 for
 * an address with a file extension): nothing may run at all. The proxy replaces it on pages.
 */
export const NO_SCRIPT_POLICY = ["default-src 'self'", "script-src 'none'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"].join("; ");

/**
 * HSTS only when the public address is https: a browser then never tries plain http for a year,
 * subdomains included. Over plain http (a local run) the header would be meaningless, or worse,
 * pin localhost to https.
 */
export function strictTransportSecurity(appUrl: string): string | null {
  return appUrl.startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}
