import { readFileSync } from "node:fs";
import path from "node:path";

/*
 * A request's path as the Next route that serves it (/en/campaigns/x → /[locale]/campaigns/[slug]),
 * from the build's routes manifest: a metric label with as many values as the app has routes,
 * never one per campaign, token or typo. Anything the manifest does not know is "other".
 */

/**
 * @typedef {{ page: string; regex: string }} ManifestRoute
 * @param {{ staticRoutes?: ManifestRoute[]; dynamicRoutes?: ManifestRoute[] }} manifest
 * @returns {(url: string | undefined) => string}
 */
export function routeMatcher(manifest) {
  const exact = new Set((manifest.staticRoutes ?? []).map((route) => route.page));
  const dynamic = (manifest.dynamicRoutes ?? []).map((route) => ({ page: route.page, regex: new RegExp(route.regex) }));
  return (url) => {
    const pathname = (url ?? "/").split("?")[0] ?? "/";
    if (pathname.startsWith("/_next/static/")) return "/_next/static";
    if (pathname.startsWith("/_next/image")) return "/_next/image";
    const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
    if (exact.has(trimmed)) return trimmed;
    return dynamic.find((route) => route.regex.test(trimmed))?.page ?? "other";
  };
}

/** The matcher for the build in `dir` (.next/routes-manifest.json); every path is "other" without one. */
export function routeMatcherFor(/** @type {string} */ dir) {
  try {
    return routeMatcher(JSON.parse(readFileSync(path.join(dir, ".next", "routes-manifest.json"), "utf8")));
  } catch {
    return routeMatcher({});
  }
}
