import { cache } from "react";
import { cachedCatalogRead } from "@/lib/catalog/cache/catalog-cache";
import { db } from "@/lib/db";

const MAX_INT4 = 2_147_483_647;

export type StoreContext = {
  siteId: number;
  storeId: number;
  name: string;
  currency: string;
  locale: string;
  baseUrl: string;
  customerAccountsEnabled: boolean;
};

/** Parses a siteId path segment; anything but a positive 32-bit integer names no site. */
export function parseSiteId(raw: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= MAX_INT4 ? id : null;
}

/** The enabled store of a site, or null when the site has none or it is disabled. */
export const getEnabledStore = cache(
  (siteId: number): Promise<StoreContext | null> => cachedCatalogRead(siteId, "store", () => readEnabledStore(siteId)),
);

async function readEnabledStore(siteId: number): Promise<StoreContext | null> {
  const store = await db().store.findFirst({
    where: { siteId, enabled: true },
    select: {
      id: true,
      siteId: true,
      name: true,
      currency: true,
      locale: true,
      baseUrl: true,
      customerAccountsEnabled: true,
    },
  });
  if (!store) return null;
  const { id, ...rest } = store;
  return { storeId: id, ...rest };
}
