// Next.js's cache handler interface, as this handler implements it (see page-cache-handler.js).
type CacheEntry = { value: Record<string, any>; cacheControl?: { revalidate: number | false; expire?: number }; lastModified: number }; // eslint-disable-line @typescript-eslint/no-explicit-any

export default class PageCacheHandler {
  get(key: string): Promise<CacheEntry | null>;
  set(key: string, value: Record<string, unknown> | null, ctx?: { cacheControl?: CacheEntry["cacheControl"] }): Promise<void>;
  revalidateTag(): Promise<void>;
  resetRequestCache(): void;
}
