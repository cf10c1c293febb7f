/**
 * Open data: any site may read it (CORS), and a CDN may serve it for five seconds and keep serving
 * it for thirty while it fetches a fresh copy, so a viral petition's counter costs the app little.
 */
export const openDataHeaders = {
  "access-control-allow-origin": "*",
  "cache-control": "public, max-age=0, s-maxage=5, stale-while-revalidate=30",
} as const;

/** For POSTs from partners' pages (JSON bodies need a CORS preflight). */
export const corsPreflightHeaders = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "POST, OPTIONS",
  "access-control-allow-headers": "content-type",
  "access-control-max-age": "86400",
} as const;
