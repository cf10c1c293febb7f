/**
 * Open data: any site may read it (CORS), and a shared cache may serve it for a second and keep
 * serving it for ten while it fetches a fresh copy, so a viral petition's counter costs the app
 * little and stays under two seconds old (the web server keeps it 250 ms, docs/caching.md).
 */
export const openDataHeaders = {
  "access-control-allow-origin": "*",
  "cache-control": "public, max-age=0, s-maxage=1, stale-while-revalidate=10",
} as const;

/** For POSTs from partners' pages (JSON bodies need a CORS preflight). */
export const corsPreflightHeaders = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "POST, OPTIONS",
  "access-control-allow-headers": "content-type",
  "access-control-max-age": "86400",
} as const;
