export declare function captureStartupContext(): void;
export declare function outsideRequests<T>(open: () => T): T;
