import { db } from "@/lib/db";
import { assetUrl } from "@/lib/assets/asset-url";
import { cachedCatalogRead } from "./cache/catalog-cache";
import { loadActiveCategories, withDescendants } from "./category-tree";
import type { Category } from "./schemas";

/** A site's active categories, ordered by order then name, each with its live count of active products. */
export function listCategories(siteId: number, origin = ""): Promise<Category[]> {
  return cachedCatalogRead(siteId, `categories ${origin}`, () => readCategories(siteId, origin));
}

async function readCategories(siteId: number, origin: string): Promise<Category[]> {
  const [categories, counts] = await Promise.all([
    loadActiveCategories(siteId),
    db().product.groupBy({
      by: ["categoryId"],
      where: { siteId, status: "active", categoryId: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const direct = new Map(counts.map((c) => [c.categoryId, c._count._all]));
  return categories.map((category) => ({
    ...category,
    image: assetUrl(origin, category.image),
    productCount: withDescendants(categories, category.id).reduce((sum, id) => sum + (direct.get(id) ?? 0), 0),
  }));
}
