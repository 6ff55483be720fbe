import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { successEnvelope } from "@/lib/api/schemas";
import { errorResponses, jsonResponse, siteIdParam } from "@/lib/openapi/registry";
import { LOOKUPS_PER_HOUR } from "./get-guest-order";
import { guestOrderQuerySchema, guestOrderSchema, orderNumberParamSchema } from "./schemas";

export function registerOrderRoutes(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "get",
    path: "/api/storefront/{siteId}/orders/{orderNumber}",
    tags: ["Orders"],
    summary: "Guest order lookup",
    description: [
      "The full order, without a customer login, for its number and the email it was placed with (compared case-insensitively).",
      "A wrong, missing or malformed email, an unknown order number and another site's order all answer the same 404 `Order not found`, so the answer never reveals whether an order exists.",
      `Every lookup counts, found or not: at most ${LOOKUPS_PER_HOUR} an hour per order number, and ${LOOKUPS_PER_HOUR} an hour per client address when the deployment sits behind a trusted proxy; the next answers 429 \`rate_limited\` with a \`Retry-After\` header (seconds).`,
      "Items are in the order they were placed; `trackingEvents` are newest first; `shipments` are the parcels the order shipped in (an order may ship in several), oldest first, with their items. `latestTrackingStatus` and `latestTrackingEventAt` are the order's current tracking state. Money is in cents, timestamps UTC ISO-8601.",
      "Beyond the spec's fields: `loyaltyDiscountTotal` is what the loyalty points the order redeemed (`loyaltyPointsRedeemed`) took off the merchandise before tax, separate from `discountTotal` (a discount code's); both are 0 for an order that redeemed none.",
    ].join("\n\n"),
    request: { params: siteIdParam.extend(orderNumberParamSchema.shape), query: guestOrderQuerySchema },
    responses: {
      200: jsonResponse(successEnvelope(guestOrderSchema), "The order"),
      ...errorResponses("validation_error", "not_found", "rate_limited"),
    },
  });
}
