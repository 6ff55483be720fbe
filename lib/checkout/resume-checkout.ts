import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { gatewayFor } from "@/lib/payments/gateway";
import type { StoreContext } from "@/lib/sites/get-store";
import { checkoutFingerprint } from "./checkout-fingerprint";
import { openPayment, paymentOpeningBudgetMs } from "./open-payment";
import type { CheckoutInput, CheckoutResult } from "./schemas";

/**
 * The answer a checkout already gave for this caller's Idempotency-Key (the key is scoped to the
 * site and cart session), or null if there was none: the same order and the same PaymentIntent
 * (its client secret fetched again, never stored). The key sent with a different request is
 * refused, never answered with another request's order. An order whose payment was never opened
 * is answered 409 while its first request may still be running.
 */
export async function resumeCheckout(store: StoreContext, input: CheckoutInput, idempotencyKey: string): Promise<CheckoutResult | null> {
  const order = await db().order.findUnique({
    where: { siteId_cartSessionId_idempotencyKey: { siteId: store.siteId, cartSessionId: input.sessionId, idempotencyKey } },
    select: {
      id: true,
      orderNumber: true,
      total: true,
      currency: true,
      giftCertificateTotal: true,
      paymentMode: true,
      stripePaymentIntentId: true,
      status: true,
      idempotencyFingerprint: true,
      createdAt: true,
      customerEmail: true,
    },
  });
  if (!order) return null;
  if (order.idempotencyFingerprint !== checkoutFingerprint(input)) {
    throw new ApiError("idempotency_key_reused", "This Idempotency-Key was already used with a different request");
  }
  const result = { orderId: order.id, orderNumber: order.orderNumber, total: order.total, currency: order.currency, amountDue: order.total - order.giftCertificateTotal };
  if (order.paymentMode === "gift_certificate") return { ...result, clientSecret: null, publishableKey: null, paymentMode: "gift_certificate" };
  const gateway = await gatewayFor(store.siteId);
  if (!order.stripePaymentIntentId) {
    if (order.status !== "pending") throw new ApiError("payment_provider_error", "The payment could not be started; nothing was charged. Please try again.");
    if (Date.now() - order.createdAt.getTime() < paymentOpeningBudgetMs()) {
      throw new ApiError("conflict", "A checkout with this Idempotency-Key is still in progress; retry shortly");
    }
    // The request that placed the order died before recording its payment (a crash, a lost
    // connection): open it now, under the order's own idempotency key at the gateway.
    const intent = await openPayment(gateway, { ...order, siteId: store.siteId, amountDue: result.amountDue });
    return { ...result, clientSecret: intent.clientSecret, publishableKey: gateway.publishableKey, paymentMode: gateway.mode };
  }
  const intent = await gateway.retrieveIntent(order.stripePaymentIntentId);
  return { ...result, clientSecret: intent.clientSecret, publishableKey: gateway.publishableKey, paymentMode: gateway.mode };
}
