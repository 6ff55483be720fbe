import { paginate } from "@/lib/api/schemas";
import { z } from "zod";
import { cachedCatalogRead } from "@/lib/catalog/cache/catalog-cache";
import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicReviewSelect, toPublicReview } from "./review-views";
import type { ProductRating, productReviewsQuerySchema } from "./schemas";

/** Average (one decimal) and count of a product's approved reviews; other statuses never count. */
export async function productRating(where: Prisma.ProductWhereInput): Promise<ProductRating> {
  const { _avg, _count } = await db().productReview.aggregate({ where: { product: where, status: "approved" }, _avg: { rating: true }, _count: true });
  return { average: _avg.rating === null ? null : Math.round(_avg.rating * 10) / 10, count: _count };
}

/** GET /products/{slug}/reviews: an active product's approved reviews, newest first, paginated. */
type ReviewsQuery = z.output<typeof productReviewsQuerySchema>;

// Cached with the catalogue: a review's approval notifies its site. An author's renamed account
// shows at the next change to the site's catalogue, or after the cache's five-minute limit.
export function listProductReviews(siteId: number, slug: string, query: ReviewsQuery) {
  return cachedCatalogRead(siteId, `reviews ${slug} ${query.page} ${query.limit}`, () => readProductReviews(siteId, slug, query));
}

async function readProductReviews(siteId: number, slug: string, query: ReviewsQuery) {
  const product = await db().product.findUnique({ where: { siteId_slug: { siteId, slug }, status: "active" }, select: { id: true } });
  if (!product) throw notFound("Product not found");
  const where = { productId: product.id, status: "approved" } as const;
  const [rating, rows] = await Promise.all([
    productRating({ id: product.id }),
    db().productReview.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.limit,
      take: query.limit,
      select: publicReviewSelect,
    }),
  ]);
  return {
    reviews: rows.map(toPublicReview),
    rating,
    pagination: paginate(query, rating.count),
  };
}
