export declare function isDraining(): boolean;
export declare function startDraining(): void;
export declare function onShutdown(hook: () => Promise<void>): void;
export declare function runShutdownHooks(): Promise<void>;
