import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
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
  registry.registerPath({
    method: "post",
    path: "/api/storefront/{siteId}/webhooks/easypost",
    tags: ["Orders"],
    summary: "EasyPost tracking webhook endpoint of a store",
    description:
      "Register this URL as a webhook in the store's EasyPost account, with a secret set as the store's `easypostWebhookSecret`. The `X-Hmac-Signature` header (`hmac-sha256-hex=` and the HMAC-SHA256 of the body) is verified. A `tracker.*` event moves the shipment with its tracking number along (pre_transit → pending; in_transit, out_for_delivery, available_for_pickup → in_transit; delivered; return_to_sender → returned; failure) but never back, and the order becomes delivered once every unit shipped and every shipment is delivered. Each event id is kept once.",
    request: { params: siteIdParam },
    responses: {
      200: jsonResponse(successEnvelope(z.object({ received: z.literal(true), handled: z.boolean(), duplicate: z.boolean().optional() })), "Event received"),
      ...errorResponses("invalid_signature", "invalid_json", "validation_error", "service_unavailable"),
    },
  });
}
