import { cache } from "react";
import { listCategories } from "@/lib/catalog/list-categories";
import { listProducts } from "@/lib/catalog/list-products";
import type { ListProductsQuery } from "@/lib/catalog/schemas";

// Per-request memoised reads for pages, so generateMetadata and the page share one query.
// React's cache() compares arguments by identity, hence primitives rather than a query object.
// Origin "" keeps image paths relative, as pages want them.

export const getCategories = cache((siteId: number) => listCategories(siteId, ""));

export const getProducts = cache(
  (siteId: number, sort: ListProductsQuery["sort"], page: number, limit: number, category?: string, search?: string) =>
    listProducts(siteId, { sort, page, limit, category, search }, ""),
);
