import type { IncomingMessage, ServerResponse } from "node:http";

export declare function observed(handler: (request: IncomingMessage, response: ServerResponse) => unknown): (request: IncomingMessage, response: ServerResponse) => unknown;
export declare function serveMetrics(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
