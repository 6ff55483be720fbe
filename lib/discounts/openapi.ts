import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { successEnvelope } from "@/lib/api/schemas";
import { giftCertificateValidationSchema, validateGiftCertificateSchema } from "@/lib/gift-certificates/schemas";
import { errorResponses, jsonBody, jsonResponse, siteIdParam } from "@/lib/openapi/registry";
import { discountValidationSchema, validateDiscountSchema } from "./schemas";

export function registerDiscountRoutes(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "post",
    path: "/api/storefront/{siteId}/discount/validate",
    tags: ["Discounts"],
    summary: "Validate a discount code",
    description:
      "Checks a code (case-insensitive) without using it: active, started, not expired, uses left, and the minimum order when a subtotal is given. " +
      "The `invalid_discount_code` message says which check failed.",
    request: { params: siteIdParam, body: jsonBody(validateDiscountSchema) },
    responses: {
      200: jsonResponse(successEnvelope(discountValidationSchema), "The code and its discount"),
      ...errorResponses("validation_error", "invalid_json", "invalid_discount_code"),
    },
  });
  registry.registerPath({
    method: "post",
    path: "/api/storefront/{siteId}/gift-certificates/validate",
    tags: ["Gift certificates"],
    summary: "Validate a gift certificate",
    description: "The remaining balance and status (active, redeemed, disabled or expired) of a code, case-insensitive. Redeems nothing.",
    request: { params: siteIdParam, body: jsonBody(validateGiftCertificateSchema) },
    responses: {
      200: jsonResponse(successEnvelope(giftCertificateValidationSchema), "Balance and status"),
      ...errorResponses("validation_error", "invalid_json", "not_found"),
    },
  });
}
