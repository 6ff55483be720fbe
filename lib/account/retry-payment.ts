import { z } from "zod";
import { db } from "@/lib/db";
import { runTransaction } from "@/lib/db/run-transaction";
import { ApiError, notFound } from "@/lib/api/errors";
import { cents } from "@/lib/api/schemas";
import { env } from "@/lib/env";
import { holdDiscountUse, holdGiftBalance, holdStock } from "@/lib/checkout/holds";
import { gatewayFor } from "@/lib/payments/gateway";
import { SETTLED_ATTEMPT_STATUSES } from "@/lib/orders/payment-state";
import { ownOrdersWhere } from "./orders";

export const retryPaymentResultSchema = z
  .object({
    orderNumber: z.string(),
    paymentMode: z.enum(["stripe", "demo"]),
    clientSecret: z.string().meta({ description: "Confirm it with Stripe.js (for demo mode, POST /checkout/demo-payment with the intent id before _secret_)" }),
    publishableKey: z.string().nullable(),
    amountDue: cents("What the card will be charged"),
    currency: z.string(),
  })
  .meta({ id: "PaymentRetry" });

// The PaymentIntent can take another payment method in these states (a declined card leaves it in the first).
const RETRYABLE_INTENT_STATES = ["requires_payment_method", "requires_confirmation", "requires_action", "failed"];

/**
 * POST /account/orders/{orderNumber}/retry-payment: another try at paying an order whose last
 * payment failed. Only while the order is pending (409 otherwise) and younger than the unpaid
 * order time limit, after which the sweep cancels it (409). The same PaymentIntent takes the new
 * attempt (Stripe keeps a declined intent open for another payment method), so calling this
 * again answers the same client secret and can never charge twice.
 *
 * A failed payment gave back the order's stock, code use and gift balance; they are taken again
 * here, in one transaction, before any money can move (409 insufficient_stock, 400 for a code or
 * certificate no longer valid), so a paid order never lacks its stock. The sweep releases them
 * again if this attempt is abandoned too. Each retry opens one payment attempt on record.
 */
export async function retryPayment(siteId: number, customerId: number, orderNumber: string, now = new Date()) {
  const order = await db().order.findFirst({
    where: { ...(await ownOrdersWhere(siteId, customerId)), orderNumber },
    select: { id: true, status: true, paymentStatus: true, paymentMode: true, stripePaymentIntentId: true, createdAt: true, total: true, giftCertificateTotal: true, currency: true },
  });
  if (!order) throw notFound("Order not found");
  if (order.status !== "pending" || order.paymentStatus !== "failed") throw new ApiError("conflict", "Only an unpaid order whose payment failed can be paid again");
  if (order.paymentMode === "gift_certificate" || !order.stripePaymentIntentId) throw new ApiError("conflict", "This order has no card payment to retry");
  if (now.getTime() - order.createdAt.getTime() >= env.PENDING_ORDER_TTL_MINUTES * 60_000) {
    throw new ApiError("conflict", "This order was not paid in time and is being cancelled; please place it again");
  }

  const gateway = await gatewayFor(siteId);
  if (gateway.mode !== order.paymentMode) throw new ApiError("conflict", "The store's payment set-up changed since this order was placed; please place it again");
  const intent = await gateway.retrieveIntent(order.stripePaymentIntentId);
  if (intent.status === "succeeded" || intent.status === "processing") throw new ApiError("conflict", "The payment is going through already; check the order again in a moment");
  if (!RETRYABLE_INTENT_STATES.includes(intent.status)) throw new ApiError("conflict", "This payment can no longer be retried; please place the order again");

  const amountDue = order.total - order.giftCertificateTotal;
  await runTransaction(async (tx) => {
    // Under a lock on the order: a concurrent retry waits and then finds the holds taken and the
    // attempt open; an order the sweep cancelled meanwhile is refused.
    const [current] = await tx.$queryRaw<{ status: string; paymentStatus: string; holdsReleasedAt: Date | null; discountCodeId: number | null; giftCertificateId: number | null }[]>`
      SELECT status, "paymentStatus", "holdsReleasedAt", "discountCodeId", "giftCertificateId" FROM "Order" WHERE id = ${order.id} FOR UPDATE`;
    if (current.status !== "pending" || current.paymentStatus !== "failed") throw new ApiError("conflict", "The order changed meanwhile; reload it and try again");
    if (current.holdsReleasedAt) {
      await tx.order.update({ where: { id: order.id }, data: { holdsReleasedAt: null } });
      const items = await tx.orderItem.findMany({ where: { orderId: order.id }, select: { productId: true, variantId: true, quantity: true, productName: true } });
      await holdStock(tx, items.filter((i): i is typeof i & { productId: number } => i.productId !== null));
      if (current.discountCodeId) await holdDiscountUse(tx, current.discountCodeId);
      if (current.giftCertificateId && order.giftCertificateTotal > 0) {
        await holdGiftBalance(tx, current.giftCertificateId, order.giftCertificateTotal);
        await tx.giftCertificateRedemption.create({ data: { orderId: order.id, giftCertificateId: current.giftCertificateId, amount: order.giftCertificateTotal } });
      }
    }
    const open = await tx.payment.count({ where: { orderId: order.id, status: { notIn: [...SETTLED_ATTEMPT_STATUSES] } } });
    if (open === 0) {
      await tx.payment.create({ data: { orderId: order.id, mode: order.paymentMode, providerPaymentId: intent.id, amount: amountDue, currency: order.currency, status: "requires_payment_method" } });
    }
  });
  return {
    orderNumber,
    paymentMode: gateway.mode,
    // The demo gateway reads the attempt just opened, so its secret is current too.
    clientSecret: intent.clientSecret,
    publishableKey: gateway.publishableKey,
    amountDue,
    currency: order.currency,
  };
}
