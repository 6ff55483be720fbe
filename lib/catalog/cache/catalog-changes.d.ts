export declare const CATALOG_CHANNEL: "storefront_catalog";

/** A site id whose catalogue changed, or "*" for every site. */
export type CatalogChange = number | "*";

type CatalogCacheEnvironment = {
  CATALOG_CACHE?: string;
  NODE_ENV?: string;
  DATABASE_URL?: string;
  DATABASE_LISTEN_URL?: string;
};

export declare function catalogListenUrl(environment: CatalogCacheEnvironment): string | undefined;

export declare class CatalogChangeFeed {
  listening: boolean;
  constructor(connectionString: string, onChange: (change: CatalogChange) => void, onLost: (error: Error) => void);
  ensure(): void;
  close(): Promise<void>;
}
