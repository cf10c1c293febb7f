export declare function randomBytesFromPool(size: number): Buffer;
export declare function randomText(size: number, encoding: "hex" | "base64url"): string;
