import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { successEnvelope } from "@/lib/api/schemas";
import { errorResponses, jsonBody, jsonResponse, siteIdParam } from "@/lib/openapi/registry";
import { confirmPaymentSchema, demoPaymentSchema, paymentStateSchema } from "./confirm-payment";
import { checkoutResultSchema, checkoutSchema } from "./schemas";

export function registerCheckoutRoutes(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "post",
    path: "/api/storefront/{siteId}/checkout",
    tags: ["Checkout"],
    summary: "Place the order and open its payment",
    description: [
      "Validates the session's cart, computes subtotal, shipping (free at or above the rate's `freeAbove`, or with a free-shipping code), discount, loyalty points (`loyaltyPoints`: the cart's signed-in customer redeems points for `pointValueCents` each off the discounted merchandise, before tax; fewer are taken when they would be worth more), tax (the store's rate for the shipping address's country and state) and gift certificate, stores the order as `pending` with prices frozen and holds its stock, discount use, gift balance and points, then creates a Stripe PaymentIntent for `amountDue` with the store's own keys.",
      "Stores without Stripe keys run in demo payment mode (`paymentMode: demo`, refused in production unless the store enables it): pay with POST /checkout/demo-payment. An order a gift certificate pays in full completes at once (`paymentMode: gift_certificate`, `clientSecret: null`).",
      "Send an `Idempotency-Key` header to make retries safe: the same key with the same body answers the same order and PaymentIntent; the key with a different body is refused (422); a duplicate sent while the first is still being placed answers 409. Keys are scoped to the site and cart session.",
    ].join("\n\n"),
    request: {
      params: siteIdParam,
      headers: z.object({ "Idempotency-Key": z.string().max(255).optional().meta({ description: "Makes a retried checkout (same cart session, same body) answer the same order" }) }),
      body: jsonBody(checkoutSchema),
    },
    responses: {
      200: jsonResponse(successEnvelope(checkoutResultSchema), "The order and how to pay it"),
      ...errorResponses("validation_error", "invalid_json", "cart_empty", "invalid_discount_code", "invalid_gift_certificate", "unauthorized", "not_found", "loyalty_disabled", "insufficient_stock", "insufficient_loyalty_points", "conflict", "idempotency_key_reused", "payment_provider_error", "service_unavailable"),
    },
  });
  registry.registerPath({
    method: "post",
    path: "/api/storefront/{siteId}/checkout/verify",
    tags: ["Checkout"],
    summary: "Confirm a payment when the webhook is late",
    description: "The order confirmation page sends the order number and PaymentIntent id; the server asks Stripe and, if the payment succeeded, completes the order exactly as the webhook would.",
    request: { params: siteIdParam, body: jsonBody(confirmPaymentSchema) },
    responses: { 200: jsonResponse(successEnvelope(paymentStateSchema), "The order's payment state"), ...errorResponses("validation_error", "not_found") },
  });
  registry.registerPath({
    method: "post",
    path: "/api/storefront/{siteId}/checkout/demo-payment",
    tags: ["Checkout"],
    summary: "Pay a demo-mode order",
    description: "Completes (or, with `outcome: failed`, declines) the payment of an order placed in demo payment mode, through the same code path as Stripe's webhook. No card is charged.",
    request: { params: siteIdParam, body: jsonBody(demoPaymentSchema) },
    responses: { 200: jsonResponse(successEnvelope(paymentStateSchema), "The order's payment state"), ...errorResponses("validation_error", "not_found", "forbidden") },
  });
  registry.registerPath({
    method: "post",
    path: "/api/storefront/{siteId}/webhooks/stripe",
    tags: ["Checkout"],
    summary: "Stripe webhook endpoint of a store",
    description:
      "Register this URL in the store's Stripe account. The `Stripe-Signature` header is verified with the store's webhook secret (5-minute tolerance). Each event id is processed once; payment_intent.succeeded pays the order, payment_failed and canceled release its holds.",
    request: { params: siteIdParam },
    responses: {
      200: jsonResponse(successEnvelope(z.object({ received: z.literal(true), handled: z.boolean(), duplicate: z.boolean().optional() })), "Event received"),
      ...errorResponses("invalid_signature", "service_unavailable"),
    },
  });
}
