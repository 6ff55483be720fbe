import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { successEnvelope } from "@/lib/api/schemas";
import { productSlugParamSchema } from "@/lib/catalog/schemas";
import { errorResponses, jsonBody, jsonResponse, siteIdParam } from "@/lib/openapi/registry";
import { startedSubscriptionSchema, startSubscriptionSchema, subscriptionActionSchema, subscriptionDetailSchema, subscriptionIdParamSchema, subscriptionPlanSchema, subscriptionSchema } from "./schemas";

const security = [{ bearerAuth: [] }];

export function registerSubscriptionRoutes(registry: OpenAPIRegistry) {
  const base = "/api/storefront/{siteId}/account/subscriptions";
  const oneParams = siteIdParam.extend(subscriptionIdParamSchema.shape);
  registry.registerPath({
    method: "get",
    path: "/api/storefront/{siteId}/products/{slug}/plans",
    tags: ["Products"],
    summary: "A product's subscription plans",
    description: "The plans a product is sold on by subscription (Stripe Billing), cheapest per cycle first; empty when it has none.",
    request: { params: siteIdParam.extend(productSlugParamSchema.shape) },
    responses: { 200: jsonResponse(successEnvelope(z.array(subscriptionPlanSchema)), "The plans"), ...errorResponses("validation_error", "not_found") },
  });
  registry.registerPath({
    method: "get",
    path: base,
    tags: ["Account"],
    summary: "The customer's subscriptions",
    description: "Every subscription of the customer in any status, newest first.",
    security,
    request: { params: siteIdParam },
    responses: { 200: jsonResponse(successEnvelope(z.array(subscriptionSchema)), "Subscriptions"), ...errorResponses("unauthorized") },
  });
  registry.registerPath({
    method: "post",
    path: base,
    tags: ["Account"],
    summary: "Start a subscription",
    description: [
      "Subscribes the customer to a plan (`quantity` 1-99, default 1) through the store's Stripe Billing. The subscription is `incomplete` until its first invoice is paid: confirm `clientSecret` with Stripe.js; Stripe's `invoice.paid` webhook then makes it `active` and places its first order. A store without Stripe answers 403 `subscriptions_disabled`.",
      "Safe to repeat: a customer has one `incomplete` subscription per plan at most, so a repeated start (a double click, a retry after a lost answer) answers 200 with that same subscription and its invoice's `clientSecret`, and Stripe is not asked for another.",
      "A repeat that arrives while the first start is still waiting for Stripe waits for it (a few seconds at most) and answers the same; if Stripe is slower still it answers 409 `subscription_change_in_progress`, to retry in a moment.",
      "A repeat with another `quantity` answers 409 `subscription_action_not_allowed`: pay the pending subscription, or cancel it (`effective: immediate`) first.",
      "A pending subscription left unpaid for 23 hours (when Stripe lets it expire) is canceled and a new one started.",
    ].join(" "),
    security,
    request: { params: siteIdParam, body: jsonBody(startSubscriptionSchema) },
    responses: {
      201: jsonResponse(successEnvelope(startedSubscriptionSchema), "The subscription and the payment to confirm"),
      200: jsonResponse(successEnvelope(startedSubscriptionSchema), "The customer's subscription to this plan already waiting for its first payment, and that payment to confirm"),
      ...errorResponses("validation_error", "invalid_json", "unauthorized", "subscriptions_disabled", "subscription_action_not_allowed", "subscription_change_in_progress", "payment_provider_error"),
    },
  });
  registry.registerPath({
    method: "get",
    path: `${base}/{subscriptionId}`,
    tags: ["Account"],
    summary: "One of the customer's subscriptions",
    description: "With its history of changes (each with its reason) and the orders its invoices placed. Another customer's subscription answers 404.",
    security,
    request: { params: oneParams },
    responses: { 200: jsonResponse(successEnvelope(subscriptionDetailSchema), "The subscription"), ...errorResponses("validation_error", "unauthorized", "not_found") },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/{subscriptionId}`,
    tags: ["Account"],
    summary: "Change a subscription",
    description: [
      "One `action`, with an optional `reason` (kept in the history):",
      "`pause` (an active one: no renewal until resumed), `resume` (undoes a pause, a skipped cycle or a cancellation set for the period's end),",
      "`skip-cycle` (the next renewal is not charged and places no order), `change-plan` (`planId`: another plan of the same product),",
      "`change-quantity` (`quantity` 1-99) and `cancel`.",
      "Plan, quantity and cancellation changes take effect with the next cycle unless `effective` is `immediate`: a plan or quantity change then applies now with the difference invoiced at once, and a cancellation ends the subscription now.",
      "An action the subscription's state does not allow answers 409 `subscription_action_not_allowed`; a change made while another is in flight answers 409 `subscription_change_in_progress`.",
      "If Stripe refuses or fails, nothing changes (502). Another customer's subscription answers 404 and is not touched.",
    ].join(" "),
    security,
    request: { params: oneParams, body: jsonBody(subscriptionActionSchema) },
    responses: {
      200: jsonResponse(successEnvelope(subscriptionDetailSchema), "The subscription as it is now"),
      ...errorResponses("validation_error", "invalid_json", "unauthorized", "not_found", "subscriptions_disabled", "subscription_action_not_allowed", "subscription_change_in_progress", "payment_provider_error"),
    },
  });
}
