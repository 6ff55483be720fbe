// Plain JavaScript: besides the bundled app, Node loads it unbundled for Next.js's page cache
// (page-cache-handler.js), so it imports only plain JavaScript of ours. Types: catalog-changes.d.ts.
import pg from "pg";
import { outsideRequests } from "../../db/outside-requests.js";

// PostgreSQL triggers notify this channel with a site id (or "*") when catalogue rows change
// (migration 20261130150000_catalog_change_notifications); every instance listens.
export const CATALOG_CHANNEL = "storefront_catalog";

const RETRY_AFTER_MS = 5_000;

/**
 * Where the catalogue caches LISTEN, or undefined when they are off: CATALOG_CACHE=off, or unset
 * under tests (which change rows behind the app's back), or no database URL.
 */
export function catalogListenUrl(environment) {
  const { CATALOG_CACHE, NODE_ENV } = environment;
  if (CATALOG_CACHE === "off" || (!CATALOG_CACHE && NODE_ENV === "test")) return undefined;
  return environment.DATABASE_LISTEN_URL || environment.DATABASE_URL || undefined;
}

/**
 * One LISTEN connection. While it is not listening, nobody can say a cache is current, so
 * `listening` is false and the cache serves nothing; on (re)connecting it is dropped whole
 * (onChange("*")), since changes made meanwhile went unheard.
 */
export class CatalogChangeFeed {
  listening = false;
  #client = null;
  #retryAt = 0;
  #onChange;
  #onLost;
  #connectionString;

  constructor(connectionString, onChange, onLost) {
    this.#connectionString = connectionString;
    this.#onChange = onChange;
    this.#onLost = onLost;
  }

  /** Starts listening unless already connected or a failure was recent; never waits. */
  ensure() {
    if (this.#client || Date.now() < this.#retryAt) return;
    const client = new pg.Client({ connectionString: this.#connectionString });
    this.#client = client;
    client.on("notification", ({ payload }) => this.#onChange(parseChange(payload)));
    client.on("error", (error) => this.#lost(client, error));
    client.on("end", () => this.#lost(client));
    // The connection lives for the whole process, so it must not hold the request that opened it.
    outsideRequests(() => client.connect())
      .then(() => {
        // The connection must not keep a finishing process (a script, a test worker) alive.
        client.connection.stream.unref?.();
        return client.query(`LISTEN ${CATALOG_CHANNEL}`);
      })
      .then(() => {
        if (this.#client !== client) return;
        this.#onChange("*");
        this.listening = true;
      })
      .catch((error) => this.#lost(client, error));
  }

  async close() {
    const client = this.#client;
    this.#lost(client);
    await client?.end().catch(() => undefined);
  }

  #lost(client, error) {
    if (!client || this.#client !== client) return;
    if (error) this.#onLost(error);
    this.#client = null;
    this.listening = false;
    this.#retryAt = Date.now() + RETRY_AFTER_MS;
    this.#onChange("*");
    client.end().catch(() => undefined);
  }
}

function parseChange(payload) {
  const siteId = Number(payload);
  return Number.isInteger(siteId) && siteId > 0 ? siteId : "*";
}
