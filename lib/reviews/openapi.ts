import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { paginationSchema, successEnvelope } from "@/lib/api/schemas";
import { productSlugParamSchema } from "@/lib/catalog/schemas";
import { errorResponses, jsonBody, jsonResponse, siteIdParam } from "@/lib/openapi/registry";
import { accountReviewsSchema, createReviewSchema, customerReviewSchema, productRatingSchema, productReviewsQuerySchema, publicReviewSchema } from "./schemas";

const security = [{ bearerAuth: [] }];

export function registerReviewRoutes(registry: OpenAPIRegistry) {
  const productPath = "/api/storefront/{siteId}/products/{slug}/reviews";
  const productParams = siteIdParam.extend(productSlugParamSchema.shape);
  registry.registerPath({
    method: "get",
    path: productPath,
    tags: ["Reviews"],
    summary: "A product's reviews",
    description: "Approved reviews only, newest first; `page` and `limit` (default 10, at most 50). `rating` is the average and count over all approved reviews.",
    request: { params: productParams, query: productReviewsQuerySchema },
    responses: {
      200: jsonResponse(successEnvelope(z.array(publicReviewSchema), { rating: productRatingSchema, pagination: paginationSchema }), "A page of reviews"),
      ...errorResponses("validation_error", "not_found"),
    },
  });
  registry.registerPath({
    method: "post",
    path: productPath,
    tags: ["Reviews"],
    summary: "Review a product",
    description:
      "Only a customer with a paid, processing, shipped or delivered order containing the product may review it (403 otherwise), once per product (409 for a second review). " +
      "`rating` 1-5, `title` up to 120 characters, `body` up to 5000. The review is pending until the merchant approves it, unless the store approves new reviews automatically.",
    security,
    request: { params: productParams, body: jsonBody(createReviewSchema) },
    responses: {
      201: jsonResponse(successEnvelope(customerReviewSchema), "The review, with its status"),
      ...errorResponses("validation_error", "invalid_json", "unauthorized", "forbidden", "not_found", "conflict"),
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/storefront/{siteId}/account/reviews",
    tags: ["Account", "Reviews"],
    summary: "The customer's reviews and the products ready for review",
    description: "`reviews`: every review the customer wrote, in any status, newest first. `readyForReview`: products (still on sale) from their delivered orders that they have not reviewed, latest delivery first.",
    security,
    request: { params: siteIdParam },
    responses: { 200: jsonResponse(successEnvelope(accountReviewsSchema), "Reviews and products to review"), ...errorResponses("unauthorized") },
  });
}
