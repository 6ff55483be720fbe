import type { SuggestConfig } from "@/components/search-suggestions";
import type { Shop } from "@/lib/sites/resolve-shop";

/** What the search box needs to suggest this shop's products. */
export const searchSuggestFor = (shop: Shop): SuggestConfig => ({
  siteId: shop.siteId,
  productPath: shop.href("/products/"),
  currency: shop.currency,
  locale: shop.locale,
});
