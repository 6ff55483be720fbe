// Types of security-headers.js, which next.config.mjs imports unbundled.
export type SecurityHeader = { key: string; value: string };

export type PageOptions = {
  production: boolean;
  /** Public origins of cloud storage (S3_PUBLIC_URL, BLOB_PUBLIC_URL), whose images pages show. */
  storageOrigins?: string[];
};

export function pageContentSecurityPolicy(options: PageOptions): string;
export const NON_DOCUMENT_CSP: string;
export function pageSecurityHeaders(options: PageOptions): SecurityHeader[];
export function apiSecurityHeaders(production: boolean): SecurityHeader[];
export function securityHeaderRules(options: PageOptions): { source: string; headers: SecurityHeader[] }[];
