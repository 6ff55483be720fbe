import { cache } from "react";
import { cachedCatalogRead } from "@/lib/catalog/cache/catalog-cache";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getEnabledStore, parseSiteId, type StoreContext } from "./get-store";
import { shopBasePath } from "./shop-base";

export type Shop = StoreContext & {
  /** Public path prefix of this shop's pages: "" on its own host, "/s/{siteId}" otherwise. */
  basePath: string;
  /** Public origin of this shop (from Store.baseUrl), for absolute URLs in metadata and JSON-LD. */
  origin: string;
  /** Builds a shop URL path, e.g. shop.href("/products/tee") → "/s/2/store/products/tee". */
  href: (path?: string) => string;
};

/**
 * The shop a page renders for: a numeric tenant is a site id; anything else is a host name,
 * served by the site that claims it as its domain, else by the default site. Null when that site
 * has no enabled store.
 */
export const resolveShop = cache(async (tenant: string): Promise<Shop | null> => {
  const decoded = decodeURIComponent(tenant);
  const siteId = parseSiteId(decoded) ?? (await siteIdForHost(decoded));
  const store = siteId ? await getEnabledStore(siteId) : null;
  if (!store) return null;
  const basePath = shopBasePath(decoded);
  return { ...store, basePath, origin: new URL(store.baseUrl).origin, href: (path = "") => `${basePath}/store${path}` };
});

// Site 0 is no site: a domain's owner is dropped from the cache only when every site's is ("*").
const HOSTS = 0;

function siteIdForHost(host: string): Promise<number> {
  return cachedCatalogRead(HOSTS, `host ${host}`, async () => {
    const site = await db().site.findUnique({ where: { domain: host }, select: { id: true } });
    return site?.id ?? env.DEFAULT_SITE_ID;
  });
}
