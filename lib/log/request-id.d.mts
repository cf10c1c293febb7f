export declare function requestId(header: string | string[] | undefined, trustedProxies: number): string;
