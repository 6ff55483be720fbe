import pg from "pg";
import { env } from "@/lib/env";
import { logError } from "@/lib/logging/log-error";

// PostgreSQL triggers notify this channel with a site id (or "*") when catalogue rows change
// (migration 20261130150000_catalog_change_notifications); every instance listens.
export const CATALOG_CHANNEL = "storefront_catalog";

const RETRY_AFTER_MS = 5_000;

export type CatalogChange = number | "*";

/**
 * One LISTEN connection per process. While it is not listening, nobody can say the cache is
 * current, so `listening` is false and the cache serves nothing; on (re)connecting it is dropped
 * whole, since changes made meanwhile went unheard.
 */
export class CatalogChangeFeed {
  listening = false;
  private client: pg.Client | null = null;
  private retryAt = 0;

  constructor(
    private readonly connectionString: string,
    private readonly onChange: (change: CatalogChange) => void,
  ) {}

  /** Starts listening unless already connected or a failure was recent; never waits. */
  ensure() {
    if (this.client || Date.now() < this.retryAt) return;
    const client = new pg.Client({ connectionString: this.connectionString });
    this.client = client;
    client.on("notification", ({ payload }) => this.onChange(parseChange(payload)));
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    client
      .connect()
      .then(() => {
        // The connection must not keep a finishing process (a script, a test worker) alive.
        (client as unknown as { connection: { stream: { unref?: () => void } } }).connection.stream.unref?.();
        return client.query(`LISTEN ${CATALOG_CHANNEL}`);
      })
      .then(() => {
        if (this.client !== client) return;
        this.onChange("*");
        this.listening = true;
      })
      .catch((error) => this.lost(client, error));
  }

  async close() {
    const client = this.client;
    this.lost(client);
    await client?.end().catch(() => undefined);
  }

  private lost(client: pg.Client | null, error?: Error) {
    if (!client || this.client !== client) return;
    if (error) logError("catalogue cache: change feed lost; reading from the database until it is back", error);
    this.client = null;
    this.listening = false;
    this.retryAt = Date.now() + RETRY_AFTER_MS;
    this.onChange("*");
    client.end().catch(() => undefined);
  }
}

function parseChange(payload: string | undefined): CatalogChange {
  const siteId = Number(payload);
  return Number.isInteger(siteId) && siteId > 0 ? siteId : "*";
}

export function catalogListenUrl(): string | undefined {
  return env.DATABASE_LISTEN_URL ?? env.DATABASE_URL;
}
