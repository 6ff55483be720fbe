import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { successEnvelope } from "@/lib/api/schemas";
import { errorResponses, jsonBody, jsonResponse, siteIdParam } from "@/lib/openapi/registry";
import {
  addCartItemSchema,
  cartItemRowSchema,
  cartQuerySchema,
  cartSchema,
  emptyCartSchema,
  recoverQuerySchema,
  updateCartItemSchema,
} from "./schemas";

export function registerCartRoutes(registry: OpenAPIRegistry) {
  const path = "/api/storefront/{siteId}/cart";
  registry.registerPath({
    method: "get",
    path,
    tags: ["Cart"],
    summary: "Get the session's cart",
    description: "Enriched lines at today's prices. An empty, unknown or expired cart answers `{ items: [], subtotal: 0 }`, never 404.",
    request: { params: siteIdParam, query: cartQuerySchema },
    responses: { 200: jsonResponse(successEnvelope(z.union([cartSchema, emptyCartSchema])), "The cart"), ...errorResponses("validation_error") },
  });
  registry.registerPath({
    method: "post",
    path,
    tags: ["Cart"],
    summary: "Add an item",
    description:
      "Creates the cart on the first call for a sessionId. A plain line of the same product and variant grows; designed items always make a new line. " +
      "A product with options needs a variantId. Bulk pricing counts every unit of the product in the cart.",
    request: { params: siteIdParam, body: jsonBody(addCartItemSchema) },
    responses: {
      200: jsonResponse(successEnvelope(cartItemRowSchema), "The inserted or updated line"),
      ...errorResponses("validation_error", "invalid_json", "invalid_variant", "not_found", "insufficient_stock"),
    },
  });
  registry.registerPath({
    method: "put",
    path,
    tags: ["Cart"],
    summary: "Set a line's quantity",
    description: "Quantity 0 removes the line. The sessionId must own the line; another session's line answers 404.",
    request: { params: siteIdParam, body: jsonBody(updateCartItemSchema) },
    responses: {
      200: jsonResponse(
        successEnvelope(z.union([cartItemRowSchema, z.object({ id: z.number().int(), removed: z.literal(true) })])),
        "The updated line, or `{ id, removed: true }`",
      ),
      ...errorResponses("validation_error", "invalid_json", "not_found", "insufficient_stock"),
    },
  });
  registry.registerPath({
    method: "delete",
    path,
    tags: ["Cart"],
    summary: "Clear the cart",
    request: { params: siteIdParam, query: cartQuerySchema },
    responses: {
      200: jsonResponse(successEnvelope(z.object({ cleared: z.literal(true) })), "Every line removed"),
      ...errorResponses("validation_error"),
    },
  });
  registry.registerPath({
    method: "get",
    path: `${path}/recover`,
    tags: ["Cart"],
    summary: "Recover an abandoned cart",
    description:
      "Spends a single-use recovery token from an abandonment email, reactivates the cart and redirects (302) to `{storeBaseUrl}/store/cart?recovered=1`. " +
      "The cart's sessionId travels in the short-lived `sf_recovered_cart` cookie for the shop to adopt.",
    request: { params: siteIdParam, query: recoverQuerySchema },
    responses: {
      302: { description: "Redirect to the store's cart page" },
      ...errorResponses("validation_error", "invalid_token"),
    },
  });
}
