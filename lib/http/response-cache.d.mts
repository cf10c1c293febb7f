import type { IncomingMessage, ServerResponse } from "node:http";
import type { CacheStore } from "./cache-store.mjs";
type Hooks = {
  serveFromCache(request: IncomingMessage, response: ServerResponse): boolean;
  keepForCache(request: IncomingMessage, response: ServerResponse): void;
};
export declare function createResponseCache(options?: { store?: CacheStore; now?: () => number }): Hooks & { store: CacheStore };
export declare const serveFromCache: Hooks["serveFromCache"];
export declare const keepForCache: Hooks["keepForCache"];
