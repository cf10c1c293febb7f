/*
 * The web process's own shared cache for public pages, feeds and open data
 * (scripts/web-server.mjs). A contract for now: nothing is cached.
 */

/**
 * Answers the request from the cache when it can; false when Next must render it.
 * @param {import("node:http").IncomingMessage} _request
 * @param {import("node:http").ServerResponse} _response
 * @returns {boolean}
 */
export function serveFromCache(_request, _response) {
  return false;
}

/**
 * Watches the response Next writes, to keep it when it may be shared.
 * @param {import("node:http").IncomingMessage} _request
 * @param {import("node:http").ServerResponse} _response
 */
export function keepForCache(_request, _response) {}
