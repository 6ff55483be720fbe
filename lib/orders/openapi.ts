import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { successEnvelope } from "@/lib/api/schemas";
import { errorResponses, jsonResponse, siteIdParam } from "@/lib/openapi/registry";
import { guestOrderQuerySchema, guestOrderSchema, orderNumberParamSchema } from "./schemas";

export function registerOrderRoutes(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "get",
    path: "/api/storefront/{siteId}/orders/{orderNumber}",
    tags: ["Orders"],
    summary: "Guest order lookup",
    description:
      "The full order for its number and purchaser email (case-insensitive). A wrong or missing email and an unknown number answer the same 404. " +
      "At most 10 lookups an hour per order number, and per client address behind a trusted proxy (TRUST_PROXY=1); then 429 with Retry-After.",
    request: { params: siteIdParam.extend(orderNumberParamSchema.shape), query: guestOrderQuerySchema },
    responses: { 200: jsonResponse(successEnvelope(guestOrderSchema), "The order"), ...errorResponses("not_found", "rate_limited") },
  });
}
