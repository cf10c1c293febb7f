import type { IncomingMessage, ServerResponse } from "node:http";

export declare function bearerAllows(header: string | undefined, token: string): boolean;
export declare function answerMetrics(request: IncomingMessage, response: ServerResponse, token: string | undefined): Promise<boolean>;
export declare function metricsToken(): string | undefined;
