import type { Metadata } from "next";
import type { Shop } from "@/lib/sites/resolve-shop";

type OpenGraph = NonNullable<Metadata["openGraph"]>;

/**
 * A page's Open Graph fields with the shop-wide ones: Next.js replaces, not merges, a layout's
 * openGraph when a page sets its own.
 */
export function shopOpenGraph(shop: Pick<Shop, "name" | "locale">, page: OpenGraph): OpenGraph {
  return { siteName: shop.name, type: "website", locale: shop.locale.replace("-", "_"), ...page };
}
