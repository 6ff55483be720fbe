import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paginate, type Pagination } from "@/lib/api/schemas";
import { assetUrl } from "@/lib/assets/asset-url";
import { cachedCatalogRead } from "./cache/catalog-cache";
import { loadActiveCategories, withDescendants } from "./category-tree";
import { countActiveProducts } from "./count-active-products";
import type { ListProductsQuery, ProductSummary } from "./schemas";

const orderBy: Record<ListProductsQuery["sort"], Prisma.ProductOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  price_asc: [{ price: "asc" }, { id: "asc" }],
  price_desc: [{ price: "desc" }, { id: "desc" }],
  featured: [{ featured: "desc" }, { createdAt: "desc" }, { id: "desc" }],
};

// LIKE treats % and _ as wildcards; a shopper searching "100%" means the characters.
const escapeLike = (term: string) => term.replace(/[\\%_]/g, (ch) => `\\${ch}`);

type ProductPage = { products: ProductSummary[]; pagination: Pagination };

/** Active products of one site, filtered, sorted and paginated. */
export function listProducts(siteId: number, query: ListProductsQuery, origin = ""): Promise<ProductPage> {
  return cachedCatalogRead(siteId, `products ${origin} ${JSON.stringify(query)}`, () => readProducts(siteId, query, origin));
}

async function readProducts(siteId: number, query: ListProductsQuery, origin: string): Promise<ProductPage> {
  const where: Prisma.ProductWhereInput = { siteId, status: "active" };
  let categoryIds: number[] | undefined;

  if (query.category) {
    const categories = await loadActiveCategories(siteId);
    const category = categories.find((c) => c.slug === query.category);
    if (!category) return { products: [], pagination: paginate(query, 0) };
    categoryIds = withDescendants(categories, category.id);
    where.categoryId = { in: categoryIds };
  }
  if (query.search) {
    const contains = escapeLike(query.search);
    where.OR = [
      { name: { contains, mode: "insensitive" } },
      { shortDescription: { contains, mode: "insensitive" } },
    ];
  }

  const [total, rows] = await Promise.all([
    // Counting a large shop's matches row by row is the slowest part of a page: without a search
    // term the total comes from the per-category counts instead; a search counts its (indexed) matches.
    query.search ? db().product.count({ where }) : countActiveProducts(siteId, categoryIds),
    db().product.findMany({
      where,
      orderBy: orderBy[query.sort],
      skip: (query.page - 1) * query.limit,
      take: query.limit,
      select: {
        id: true,
        name: true,
        slug: true,
        shortDescription: true,
        price: true,
        compareAtPrice: true,
        featured: true,
        categoryId: true,
        createdAt: true,
        category: { select: { name: true } },
        images: { select: { url: true }, orderBy: [{ order: "asc" }, { id: "asc" }], take: 1 },
      },
    }),
  ]);

  const products = rows.map(({ category, images, createdAt, ...product }) => ({
    ...product,
    createdAt: createdAt.toISOString(),
    image: assetUrl(origin, images[0]?.url ?? null),
    categoryName: category?.name ?? null,
  }));
  return { products, pagination: paginate(query, total) };
}
