import { isDatabaseUnavailable } from "@/lib/api/database-unavailable";
import { ApiError, notFound } from "@/lib/api/errors";
import { getCheckoutCart } from "@/lib/cart/get-cart";
import { Prisma } from "@/lib/generated/prisma/client";
import { markOrderPaid } from "@/lib/orders/mark-order-paid";
import { releaseOrderHolds } from "@/lib/orders/release-holds";
import { enabledLoyaltySettings } from "@/lib/loyalty/settings";
import { gatewayFor } from "@/lib/payments/gateway";
import { resolveShippingRate } from "@/lib/shipping/resolve-shipping-rate";
import type { StoreContext } from "@/lib/sites/get-store";
import { computeTotals } from "./compute-totals";
import { openPayment } from "./open-payment";
import { placeOrder } from "./place-order";
import { destinationOf, taxRateForDestination, usableDiscount, usableGiftCertificate } from "./price-inputs";
import { resumeCheckout } from "./resume-checkout";
import type { CheckoutInput, CheckoutResult } from "./schemas";

/**
 * POST /checkout: prices the session's cart (shipping, discount, tax, gift certificate), stores
 * the order as pending with its holds, then opens the payment. A retried request with the same
 * Idempotency-Key answers the same order and PaymentIntent. `signedInCustomerId` is the caller's
 * own sign-in, if any: only it can spend the customer's loyalty points.
 */
export async function checkout(store: StoreContext, input: CheckoutInput, idempotencyKey: string | null, signedInCustomerId: number | null = null): Promise<CheckoutResult> {
  if (idempotencyKey) {
    const earlier = await resumeCheckout(store, input, idempotencyKey);
    if (earlier) return earlier;
  }
  const cart = await getCheckoutCart(store.siteId, input.sessionId);
  if (!cart) throw notFound("Cart not found");
  if (cart.lines.length === 0) throw new ApiError("cart_empty", "Cart is empty");

  const destination = destinationOf(input.shippingAddress ?? input.billingAddress);
  const shipping = input.shippingRateId
    ? await resolveShippingRate({ siteId: store.siteId, shippingRateId: input.shippingRateId, destination, items: cart.lines })
    : null;
  const discount = input.discountCode ? await discountOrInvalid(store, input.discountCode, cart.subtotal) : null;
  const gift = input.giftCertificateCode ? await usableGiftCertificate(store.siteId, input.giftCertificateCode) : null;
  const loyalty = input.loyaltyPoints ? await loyaltyRedemption(store.siteId, cart.customerId, signedInCustomerId, input.loyaltyPoints) : null;
  const totals = computeTotals({
    subtotal: cart.subtotal,
    shipping,
    discount,
    taxRate: await taxRateForDestination(store.siteId, destination),
    giftCertificateBalance: gift?.remainingAmount ?? null,
    loyalty,
  });
  const gateway = totals.amountDue > 0 ? await gatewayFor(store.siteId) : null;

  let order: { id: number; orderNumber: string };
  try {
    order = await placeOrder({
      siteId: store.siteId,
      currency: store.currency,
      input,
      lines: cart.lines,
      totals,
      shipping: shipping ? { id: String(shipping.id), name: shipping.name, carrier: shipping.carrier } : null,
      discount: discount ? { id: discount.id, code: discount.code } : null,
      giftCertificateId: gift?.id ?? null,
      idempotencyKey,
      customerId: cart.customerId,
    });
  } catch (error) {
    // A concurrent request with the same Idempotency-Key placed the order first: while it is in
    // flight this answers 409, after it its answer.
    if (idempotencyKey && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const earlier = await resumeCheckout(store, input, idempotencyKey);
      if (earlier) return earlier;
    }
    throw error;
  }
  const result = { orderId: order.id, orderNumber: order.orderNumber, total: totals.total, currency: store.currency, amountDue: totals.amountDue };

  if (!gateway) {
    await markOrderPaid(order.id, { providerPaymentId: null, actor: "system" });
    return { ...result, clientSecret: null, publishableKey: null, paymentMode: "gift_certificate" };
  }
  try {
    const intent = await openPayment(gateway, { id: order.id, orderNumber: order.orderNumber, siteId: store.siteId, currency: store.currency, amountDue: totals.amountDue, customerEmail: input.customerEmail });
    return { ...result, clientSecret: intent.clientSecret, publishableKey: gateway.publishableKey, paymentMode: gateway.mode };
  } catch (error) {
    // The database failed, not the provider: the order stays pending for a retry to re-open its
    // payment, or for the sweep to expire.
    if (isDatabaseUnavailable(error)) throw error;
    console.error("[checkout] payment provider failed", { orderId: order.id, error: (error as Error).message });
    await releaseOrderHolds(order.id, { toStatus: "cancelled", note: "The payment could not be started", actor: "system" });
    throw new ApiError("payment_provider_error", "The payment could not be started; nothing was charged. Please try again.");
  }
}

/** Points may be redeemed by the cart's signed-in customer, where the store's program is on. */
async function loyaltyRedemption(siteId: number, customerId: number | null, signedInCustomerId: number | null, points: number) {
  // The cart session id alone is a bearer of the cart, not of the account: points are the
  // customer's money, so spending them takes the customer's own sign-in.
  if (!customerId || customerId !== signedInCustomerId) throw new ApiError("unauthorized", "Sign in to redeem loyalty points");
  const settings = await enabledLoyaltySettings(siteId);
  return { points, pointValueCents: settings.pointValueCents };
}

// The API answers one message for every unusable code; the checkout page's preview says why.
async function discountOrInvalid(store: StoreContext, code: string, subtotal: number) {
  try {
    return await usableDiscount(store, code, subtotal);
  } catch {
    throw new ApiError("invalid_discount_code", "Invalid discount code");
  }
}
