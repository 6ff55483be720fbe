import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { paginationSchema, successEnvelope } from "@/lib/api/schemas";
import { orderNumberParamSchema } from "@/lib/orders/schemas";
import { errorResponses, jsonBody, jsonResponse, siteIdParam } from "@/lib/openapi/registry";
import { addressInputSchema } from "@/lib/customers/update-customer-profile";
import { savedAddressSchema } from "@/lib/customers/schemas";
import { updateAddressSchema } from "./addresses";
import { cancelOrderSchema } from "./cancel-order";
import { createReturnSchema, returnRequestSchema } from "./returns";
import { reorderResultSchema, reorderSchema } from "./reorder";
import { changePasswordSchema } from "./change-password";
import { notificationPreferencesSchema, updateNotificationPreferencesSchema } from "./notification-preferences";
import { accountOrderSchema, accountOrderSummarySchema, accountOrdersQuerySchema } from "./orders";
import { createRefundSchema } from "./request-refund";
import { retryPaymentResultSchema } from "./retry-payment";
import { RESENDS_PER_HOUR, resendConfirmationResultSchema } from "./resend-confirmation";
import { paymentAttemptSchema } from "@/lib/orders/payments";
import { refundSchema } from "@/lib/orders/refunds";
import { shipmentSchema } from "@/lib/orders/shipment-view";
import { createSupportMessageSchema, supportMessageSchema, supportReplyInputSchema, supportThreadSchema } from "./support";

const security = [{ bearerAuth: [] }];
const messageIdParam = z.object({ messageId: z.string().regex(/^\d+$/) });

export function registerAccountRoutes(registry: OpenAPIRegistry) {
  const base = "/api/storefront/{siteId}/account";
  registry.registerPath({
    method: "get",
    path: `${base}/orders`,
    tags: ["Account"],
    summary: "The customer's orders",
    description: "Orders placed while signed in or with the customer's email, newest first; filter by `status`, paginate with `page` and `limit` (default 20, at most 100).",
    security,
    request: { params: siteIdParam, query: accountOrdersQuerySchema },
    responses: {
      200: jsonResponse(successEnvelope(z.array(accountOrderSummarySchema), { pagination: paginationSchema }), "A page of orders"),
      ...errorResponses("validation_error", "unauthorized"),
    },
  });
  registry.registerPath({
    method: "get",
    path: `${base}/orders/{orderNumber}`,
    tags: ["Account"],
    summary: "One of the customer's orders",
    description:
      "Items with design thumbnails, status history and tracking events; the totals include the loyalty points redeemed (`loyaltyPointsRedeemed`) and the discount they gave (`loyaltyDiscountTotal`, before tax, separate from `discountTotal`). Another customer's order answers 404.",
    security,
    request: { params: siteIdParam.extend(orderNumberParamSchema.shape) },
    responses: { 200: jsonResponse(successEnvelope(accountOrderSchema), "The order"), ...errorResponses("unauthorized", "not_found") },
  });
  registry.registerPath({
    method: "get",
    path: `${base}/support`,
    tags: ["Account"],
    summary: "Support messages",
    description: "The customer's messages, latest activity first.",
    security,
    request: { params: siteIdParam },
    responses: { 200: jsonResponse(successEnvelope(z.array(supportMessageSchema)), "Messages"), ...errorResponses("unauthorized") },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/support`,
    tags: ["Account"],
    summary: "Send a support message",
    description: "`category` defaults to general; `orderId` must be one of the customer's orders.",
    security,
    request: { params: siteIdParam, body: jsonBody(createSupportMessageSchema) },
    responses: { 201: jsonResponse(successEnvelope(supportMessageSchema), "The created message"), ...errorResponses("validation_error", "invalid_json", "unauthorized") },
  });
  registry.registerPath({
    method: "get",
    path: `${base}/support/{messageId}`,
    tags: ["Account"],
    summary: "A support thread",
    security,
    request: { params: siteIdParam.extend(messageIdParam.shape) },
    responses: { 200: jsonResponse(successEnvelope(supportThreadSchema), "The message and its replies"), ...errorResponses("validation_error", "unauthorized", "not_found") },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/support/{messageId}`,
    tags: ["Account"],
    summary: "Reply to a support thread",
    description: "Reopens the thread and moves it to the top.",
    security,
    request: { params: siteIdParam.extend(messageIdParam.shape), body: jsonBody(supportReplyInputSchema) },
    responses: {
      201: jsonResponse(successEnvelope(z.object({ id: z.number().int(), authorType: z.string(), body: z.string(), createdAt: z.string() })), "The reply"),
      ...errorResponses("validation_error", "invalid_json", "unauthorized", "not_found"),
    },
  });
  const addressIdParam = siteIdParam.extend({ addressId: z.string().regex(/^\d+$/) });
  const address = jsonResponse(successEnvelope(savedAddressSchema), "The address");
  registry.registerPath({ method: "get", path: `${base}/addresses`, tags: ["Account"], summary: "The address book", security, request: { params: siteIdParam }, responses: { 200: jsonResponse(successEnvelope(z.array(savedAddressSchema)), "Saved addresses"), ...errorResponses("unauthorized") } });
  registry.registerPath({
    method: "post",
    path: `${base}/addresses`,
    tags: ["Account"],
    summary: "Add an address",
    description: "Flagging it as default shipping or billing takes that flag off the other addresses: one default of each.",
    security,
    request: { params: siteIdParam, body: jsonBody(addressInputSchema) },
    responses: { 201: address, ...errorResponses("validation_error", "invalid_json", "unauthorized") },
  });
  registry.registerPath({ method: "get", path: `${base}/addresses/{addressId}`, tags: ["Account"], summary: "One address", security, request: { params: addressIdParam }, responses: { 200: address, ...errorResponses("validation_error", "unauthorized", "not_found") } });
  registry.registerPath({
    method: "patch",
    path: `${base}/addresses/{addressId}`,
    tags: ["Account"],
    summary: "Change an address",
    description: "Only the fields supplied change; default flags as for POST.",
    security,
    request: { params: addressIdParam, body: jsonBody(updateAddressSchema) },
    responses: { 200: address, ...errorResponses("validation_error", "invalid_json", "unauthorized", "not_found") },
  });
  registry.registerPath({ method: "delete", path: `${base}/addresses/{addressId}`, tags: ["Account"], summary: "Remove an address", security, request: { params: addressIdParam }, responses: { 200: jsonResponse(successEnvelope(z.object({ deleted: z.literal(true) })), "Removed"), ...errorResponses("validation_error", "unauthorized", "not_found") } });
  registry.registerPath({
    method: "post",
    path: `${base}/password`,
    tags: ["Account"],
    summary: "Change the password",
    description: "Needs the current password (403 when wrong). Every other session of the account ends; this one stays.",
    security,
    request: { params: siteIdParam, body: jsonBody(changePasswordSchema) },
    responses: { 200: jsonResponse(successEnvelope(z.object({ changed: z.literal(true) })), "Changed"), ...errorResponses("validation_error", "invalid_json", "unauthorized", "forbidden") },
  });
  const preferences = jsonResponse(successEnvelope(notificationPreferencesSchema), "The preferences");
  registry.registerPath({ method: "get", path: `${base}/notifications`, tags: ["Account"], summary: "Notification preferences", description: "Transactional, promotional and newsletter messages, each by e-mail and SMS. Defaults: transactional e-mail on, everything else off.", security, request: { params: siteIdParam }, responses: { 200: preferences, ...errorResponses("unauthorized") } });
  registry.registerPath({ method: "patch", path: `${base}/notifications`, tags: ["Account"], summary: "Change notification preferences", description: "Only the channels supplied change.", security, request: { params: siteIdParam, body: jsonBody(updateNotificationPreferencesSchema) }, responses: { 200: preferences, ...errorResponses("validation_error", "invalid_json", "unauthorized") } });
  registry.registerPath({
    method: "post",
    path: `${base}/orders/{orderNumber}/cancel`,
    tags: ["Account"],
    summary: "Cancel an order",
    description:
      "Only while the order is pending, paid or processing (409 after shipping). An unpaid order's PaymentIntent is cancelled; a paid one is refunded through Stripe first (nothing changes if the refund fails). Stock, the discount use and any gift-certificate balance go back, and the status history records the reason.",
    security,
    request: { params: siteIdParam.extend(orderNumberParamSchema.shape), body: jsonBody(cancelOrderSchema) },
    responses: {
      200: jsonResponse(successEnvelope(z.object({ orderNumber: z.string(), status: z.string(), paymentStatus: z.string(), cancelReason: z.string().nullable() })), "The cancelled order"),
      ...errorResponses("validation_error", "invalid_json", "unauthorized", "not_found", "conflict", "payment_provider_error"),
    },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/orders/{orderNumber}/returns`,
    tags: ["Account"],
    summary: "Request a return",
    description:
      "Items (order item ids and quantities), a reason and the resolution wanted (refund or replacement) on a delivered order (409 otherwise). Quantities may not exceed what is left after earlier requests that were not rejected. The request waits for the merchant (status requested).",
    security,
    request: { params: siteIdParam.extend(orderNumberParamSchema.shape), body: jsonBody(createReturnSchema) },
    responses: { 201: jsonResponse(successEnvelope(returnRequestSchema), "The return request"), ...errorResponses("validation_error", "invalid_json", "unauthorized", "not_found", "conflict") },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/orders/{orderNumber}/reorder`,
    tags: ["Account"],
    summary: "Order again",
    description:
      "Puts the items of one of the customer's past orders in the cart of `sessionId` at today's prices. Items no longer sold, whose saved design is gone, or out of stock are skipped; " +
      "quantities are capped at the stock left beyond what the cart already holds. `skipped` lists every item not added in full, with why.",
    security,
    request: { params: siteIdParam.extend(orderNumberParamSchema.shape), body: jsonBody(reorderSchema) },
    responses: { 200: jsonResponse(successEnvelope(reorderResultSchema), "The cart and the items skipped"), ...errorResponses("validation_error", "invalid_json", "unauthorized", "not_found") },
  });
  registry.registerPath({ method: "get", path: `${base}/returns`, tags: ["Account"], summary: "Return requests", description: "Newest first.", security, request: { params: siteIdParam }, responses: { 200: jsonResponse(successEnvelope(z.array(returnRequestSchema)), "Return requests"), ...errorResponses("unauthorized") } });
  registry.registerPath({
    method: "get",
    path: `${base}/returns/{returnId}`,
    tags: ["Account"],
    summary: "One return request",
    security,
    request: { params: siteIdParam.extend({ returnId: z.string().regex(/^\d+$/) }) },
    responses: { 200: jsonResponse(successEnvelope(returnRequestSchema), "The return request"), ...errorResponses("validation_error", "unauthorized", "not_found") },
  });
  registerOrderMoneyRoutes(registry, base);
}

// Shipments, payments, refunds, retry and resend of one order (the my-account reference's order actions).
function registerOrderMoneyRoutes(registry: OpenAPIRegistry, base: string) {
  const params = siteIdParam.extend(orderNumberParamSchema.shape);
  const path = (tail: string) => `${base}/orders/{orderNumber}/${tail}`;
  registry.registerPath({
    method: "get",
    path: path("shipments"),
    tags: ["Account"],
    summary: "The order's shipments",
    description: "Every parcel the order shipped in, oldest first: carrier, tracking number and link, status (pending, in_transit, delivered, returned, failure) and the items in it. An order may ship in several. Another customer's order answers 404.",
    security,
    request: { params },
    responses: { 200: jsonResponse(successEnvelope(z.array(shipmentSchema)), "Shipments"), ...errorResponses("unauthorized", "not_found") },
  });
  registry.registerPath({
    method: "get",
    path: path("payments"),
    tags: ["Account"],
    summary: "The order's payment attempts",
    description: "Every attempt to pay the order, oldest first, failed ones included with the provider's reason. Amounts in cents.",
    security,
    request: { params },
    responses: { 200: jsonResponse(successEnvelope(z.array(paymentAttemptSchema)), "Payment attempts"), ...errorResponses("unauthorized", "not_found") },
  });
  registry.registerPath({
    method: "get",
    path: path("refunds"),
    tags: ["Account"],
    summary: "The order's refunds",
    description: "Refunds of the order, oldest first: the customer's own requests and a cancellation's, failed ones included.",
    security,
    request: { params },
    responses: { 200: jsonResponse(successEnvelope(z.array(refundSchema)), "Refunds"), ...errorResponses("unauthorized", "not_found") },
  });
  registry.registerPath({
    method: "post",
    path: path("refunds"),
    tags: ["Account"],
    summary: "Request a refund",
    description:
      "Refunds items of a paid order to the card under the store's refund policy, at once. The policy is off by default (403 `refunds_disabled`; a return request is the way then). When on, it is open for the store's `refundWindowDays` after delivery (after payment while undelivered; 409 `refund_window_closed` after), " +
      "for products the store marks refundable (409 `item_not_refundable`), and for at most the quantity bought less what live refunds took (400). " +
      "The amount is computed here, never sent: each unit's share of what the order charged except shipping (its unit price less the order's discount plus tax, pro rata), only the card's share when a gift certificate paid part, and never more than the card paid less earlier refunds. " +
      "Concurrent requests are serialised on the order, so together they cannot refund a unit twice. 502 when the payment provider refuses (the refund is kept as failed and its items may be asked for again).",
    security,
    request: { params, body: jsonBody(createRefundSchema) },
    responses: {
      201: jsonResponse(successEnvelope(refundSchema), "The refund"),
      ...errorResponses("validation_error", "invalid_json", "unauthorized", "refunds_disabled", "not_found", "conflict", "refund_window_closed", "item_not_refundable", "payment_provider_error"),
    },
  });
  registry.registerPath({
    method: "post",
    path: path("retry-payment"),
    tags: ["Account"],
    summary: "Retry a failed payment",
    description:
      "For an unpaid (pending) order whose last payment failed, while it is younger than the unpaid-order time limit (409 otherwise). Takes the order's stock, discount use and gift balance again (409 `insufficient_stock`, 400 when the code or certificate no longer holds) and answers the client secret of the order's PaymentIntent, which takes the new attempt. " +
      "Idempotent: calling it again answers the same secret, so a retried request can never charge twice.",
    security,
    request: { params },
    responses: {
      200: jsonResponse(successEnvelope(retryPaymentResultSchema), "Pay with this client secret"),
      ...errorResponses("invalid_discount_code", "invalid_gift_certificate", "unauthorized", "not_found", "conflict", "insufficient_stock", "payment_provider_error"),
    },
  });
  registry.registerPath({
    method: "post",
    path: path("resend-confirmation"),
    tags: ["Account"],
    summary: "Resend the order confirmation",
    description: `Mails the confirmation of a paid order again, to the address the order was placed with (409 before payment). At most ${RESENDS_PER_HOUR} an hour per order (429 with Retry-After); 503 when the mail cannot be sent.`,
    security,
    request: { params },
    responses: {
      200: jsonResponse(successEnvelope(resendConfirmationResultSchema), "Sent"),
      ...errorResponses("unauthorized", "not_found", "conflict", "rate_limited", "service_unavailable"),
    },
  });
}
