import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { successEnvelope } from "@/lib/api/schemas";
import { errorResponses, jsonBody, jsonResponse, siteIdParam } from "@/lib/openapi/registry";
import { addWishlistItemSchema, removeWishlistItemSchema, wishlistSchema } from "./wishlist";

export function registerWishlistRoutes(registry: OpenAPIRegistry) {
  const path = "/api/storefront/{siteId}/account/wishlist";
  const security = [{ bearerAuth: [] }];
  registry.registerPath({
    method: "get",
    path,
    tags: ["Account"],
    summary: "The wishlist",
    description: "The customer's default wishlist, newest first, created on first access, with each product's current name, price, status and first image.",
    security,
    request: { params: siteIdParam },
    responses: { 200: jsonResponse(successEnvelope(wishlistSchema), "The wishlist"), ...errorResponses("unauthorized") },
  });
  registry.registerPath({
    method: "post",
    path,
    tags: ["Account"],
    summary: "Add to the wishlist",
    description: "Idempotent: a product (and variant) already on the list answers the existing item.",
    security,
    request: { params: siteIdParam, body: jsonBody(addWishlistItemSchema) },
    responses: {
      200: jsonResponse(successEnvelope(z.object({ id: z.number().int(), productId: z.number().int(), variantId: z.number().int().nullable(), addedAt: z.string() })), "The item"),
      ...errorResponses("validation_error", "invalid_json", "unauthorized", "not_found", "invalid_variant"),
    },
  });
  registry.registerPath({
    method: "delete",
    path,
    tags: ["Account"],
    summary: "Remove from the wishlist",
    description: "Removes the product, every variant of it.",
    security,
    request: { params: siteIdParam, body: jsonBody(removeWishlistItemSchema) },
    responses: {
      200: jsonResponse(successEnvelope(z.object({ removed: z.boolean() })), "Whether anything was removed"),
      ...errorResponses("validation_error", "invalid_json", "unauthorized"),
    },
  });
}
