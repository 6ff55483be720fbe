import { env } from "@/lib/env";
import { logError } from "@/lib/logging/log-error";
import { CatalogChangeFeed, catalogListenUrl, type CatalogChange } from "./catalog-changes";

// Catalogue reads kept in this process's memory, per site, until PostgreSQL reports a change to
// that site's catalogue: the notification drops the site's entries, in-flight reads included.
// Values are frozen, also when the cache is off, so a caller that would change a shared value
// fails in every test rather than only in production.

const MAX_ENTRIES = 2_000;
// A safety net only: changes arrive as notifications within milliseconds.
const MAX_AGE_MS = 5 * 60_000;

// An entry keeps the answer once it is in, not the promise that loaded it. Under AsyncLocalStorage,
// where Next.js keeps each request's render state, a promise holds the store of the request that
// made it: a cached promise kept that request's whole render alive. With 500 product pages
// rendered, that was 86 MB of the server's 256 MB heap (heap snapshot, npm run bench).
type Entry = { loading: Promise<unknown> | null; value: unknown; storedAt: number };

const entries = new Map<string, Entry>();
let feed: CatalogChangeFeed | null = null;

function invalidate(change: CatalogChange) {
  if (change === "*") return entries.clear();
  const prefix = `${change}\u0000`;
  for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key);
}

function cacheIsCurrent(): boolean {
  const url = catalogListenUrl(env);
  if (!url) return false;
  feed ??= new CatalogChangeFeed(url, invalidate, (error) => logError("catalogue cache: change feed lost; reading from the database until it is back", error));
  feed.ensure();
  return feed.listening;
}

/** The site's cached answer for `key`, loading (once, however many ask at the same time) on a miss. */
export function cachedCatalogRead<T>(siteId: number, key: string, load: () => Promise<T>): Promise<T> {
  if (!cacheIsCurrent()) return load().then(deepFreeze);
  const cacheKey = `${siteId}\u0000${key}`;
  const now = Date.now();
  const hit = entries.get(cacheKey);
  if (hit && now - hit.storedAt < MAX_AGE_MS) {
    // Most recently used last, so eviction takes the oldest.
    entries.delete(cacheKey);
    entries.set(cacheKey, hit);
    return (hit.loading ?? Promise.resolve(hit.value)) as Promise<T>;
  }
  const loading = load().then(deepFreeze);
  const entry: Entry = { loading, value: undefined, storedAt: now };
  entries.set(cacheKey, entry);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  loading.then(
    (value) => {
      entry.value = value;
      entry.loading = null;
    },
    () => {
      if (entries.get(cacheKey) === entry) entries.delete(cacheKey);
    },
  );
  return loading;
}

/** Stops listening (tests, shutdown). */
export async function closeCatalogCache() {
  await feed?.close();
  feed = null;
  entries.clear();
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
