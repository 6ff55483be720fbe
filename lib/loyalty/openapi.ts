import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { paginationSchema, successEnvelope } from "@/lib/api/schemas";
import { errorResponses, jsonResponse, siteIdParam } from "@/lib/openapi/registry";
import { loyaltyActivityQuerySchema, loyaltyActivitySchema, loyaltySummarySchema } from "./schemas";

const security = [{ bearerAuth: [] }];

export function registerLoyaltyRoutes(registry: OpenAPIRegistry) {
  const base = "/api/storefront/{siteId}/account/loyalty";
  const disabled = "While the store's loyalty program is off, answers 404 `loyalty_disabled`.";
  registry.registerPath({
    method: "get",
    path: base,
    tags: ["Account"],
    summary: "The customer's loyalty points and tier",
    description: [
      "Paid orders earn `pointsPerDollar` points per currency unit of merchandise (after discounts and points redeemed); refunds take back the refunded share, as far as the balance goes. Points are redeemed at checkout (`loyaltyPoints`), each worth `pointValueCents`. The tier is the highest the store's thresholds put `lifetimeEarned` in.",
      disabled,
    ].join("\n\n"),
    security,
    request: { params: siteIdParam },
    responses: { 200: jsonResponse(successEnvelope(loyaltySummarySchema), "Balance and tier"), ...errorResponses("unauthorized", "loyalty_disabled") },
  });
  registry.registerPath({
    method: "get",
    path: `${base}/activity`,
    tags: ["Account"],
    summary: "The customer's loyalty activity",
    description: `Every change of the balance, newest first; paginate with \`page\` and \`limit\` (default 20, at most 100). ${disabled}`,
    security,
    request: { params: siteIdParam, query: loyaltyActivityQuerySchema },
    responses: {
      200: jsonResponse(successEnvelope(z.array(loyaltyActivitySchema), { pagination: paginationSchema }), "A page of activity"),
      ...errorResponses("validation_error", "unauthorized", "loyalty_disabled"),
    },
  });
}
