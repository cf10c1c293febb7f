export declare const CLIENT_ADDRESS_HEADER: "x-chorus-client-address";
export declare function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number): string | undefined;
