import { ok } from "@/lib/api/respond";
import { parseBody, parseParams, parseQuery } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { productSlugParamSchema } from "@/lib/catalog/schemas";
import { requireCustomer } from "@/lib/customers/require-customer";
import { createReview } from "@/lib/reviews/create-review";
import { listProductReviews } from "@/lib/reviews/product-reviews";
import { createReviewSchema, productReviewsQuerySchema } from "@/lib/reviews/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<{ siteId: string; slug: string }>({
  // GET /api/storefront/[siteId]/products/[slug]/reviews – approved reviews, newest first
  GET: async ({ request, store, params }) => {
    const { slug } = parseParams(productSlugParamSchema, params);
    const { reviews, rating, pagination } = await listProductReviews(store.siteId, slug, parseQuery(productReviewsQuerySchema, request.nextUrl.searchParams));
    return ok(reviews, { extra: { rating, pagination } });
  },
  // POST /api/storefront/[siteId]/products/[slug]/reviews – a customer who bought the product reviews it
  POST: async ({ request, store, params }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const { slug } = parseParams(productSlugParamSchema, params);
    return ok(await createReview(store.siteId, customerId, slug, await parseBody(createReviewSchema, request)), { status: 201 });
  },
});
