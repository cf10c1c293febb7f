import type { Logger } from "pino";

export declare const log: Logger;
export declare function withRequestId<T>(reqId: string, work: () => T): T;
export declare function currentRequestId(): string | undefined;
