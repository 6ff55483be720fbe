import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { successEnvelope } from "@/lib/api/schemas";
import { errorResponses, jsonResponse, siteIdParam } from "@/lib/openapi/registry";
import { shippingQuerySchema, shippingRateSchema } from "./schemas";

export function registerShippingRoutes(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "get",
    path: "/api/storefront/{siteId}/shipping",
    tags: ["Shipping"],
    summary: "Shipping rates for a destination",
    description: [
      "First the portal's rates of the most specific zone for the destination (country and state, then country, then rest of world), active ones in their order. " +
        "`freeAbove` is reported, not applied: checkout makes the rate free when the subtotal reaches it.",
      "Then live rates: EasyPost's when the store has an EasyPost key and `postalCode` is given (cheapest first; parcel from `parcel`, else the store's default parcel), " +
        "and Printful's when the store has a Printful key and `variantIds`/`productIds` name Printful items (a repeated id counts one more unit).",
      "A provider that fails or takes longer than 8 seconds is left out; the other rates still answer.",
      "Pass the chosen `id` as `shippingRateId` to POST /checkout: live ids (`live:…`, `printful:…`) are priced again with the provider there.",
    ].join("\n\n"),
    request: { params: siteIdParam, query: shippingQuerySchema },
    responses: {
      200: jsonResponse(successEnvelope(z.array(shippingRateSchema)), "Manual rates, then EasyPost rates, then Printful rates"),
      ...errorResponses("validation_error"),
    },
  });
}
