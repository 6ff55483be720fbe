import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { successEnvelope } from "@/lib/api/schemas";
import { productSlugParamSchema } from "@/lib/catalog/schemas";
import { errorResponses, jsonBody, jsonResponse, siteIdParam } from "@/lib/openapi/registry";
import { backInStockAlertSchema, backInStockRequestSchema } from "./subscribe-back-in-stock";

export function registerStockAlertRoutes(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "post",
    path: "/api/storefront/{siteId}/products/{slug}/back-in-stock",
    tags: ["Products"],
    summary: "E-mail me when this option is back",
    description:
      "On an active, out-of-stock variant of the product (409 when it is in stock). One message goes out when it has stock again, whatever restocked it; asking again for the same e-mail and variant changes nothing until then. " +
      "At most 10 requests an hour per e-mail and 60 per client address (429 with Retry-After).",
    request: { params: siteIdParam.extend(productSlugParamSchema.shape), body: jsonBody(backInStockRequestSchema) },
    responses: {
      200: jsonResponse(successEnvelope(backInStockAlertSchema), "The alert is set"),
      ...errorResponses("validation_error", "invalid_json", "not_found", "conflict", "rate_limited"),
    },
  });
}
