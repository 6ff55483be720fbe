import { z } from "zod";
import { db } from "@/lib/db";
import { runTransaction } from "@/lib/db/run-transaction";
import { ApiError, notFound } from "@/lib/api/errors";
import { returnDiscountUse, returnGiftBalance, returnStock } from "@/lib/checkout/holds";
import { settleCancelledOrderPoints } from "@/lib/loyalty/ledger";
import { releaseOrderHolds } from "@/lib/orders/release-holds";
import { gatewayFor } from "@/lib/payments/gateway";
import { moneyTaken } from "@/lib/orders/payment-state";
import { refundedSoFar } from "@/lib/orders/refunds";
import { ownOrdersWhere } from "./orders";

export const cancelOrderSchema = z.object({
  reason: z.string({ error: "reason is required" }).trim().min(1, { error: "reason is required" }).max(500, { error: "reason is too long" }),
});

export const CANCELLABLE_STATUSES = ["pending", "paid", "processing"] as const;

/**
 * POST /account/orders/{orderNumber}/cancel: the customer cancels an order not yet shipped. An
 * unpaid order's PaymentIntent is cancelled and its holds released; a paid one is refunded through
 * its gateway first (nothing changes if the refund fails), then its stock, code use, gift balance
 * and the redeemed loyalty points earlier refunds did not give back go back, and the points it
 * earned are taken back. Either way the status history records the customer's reason.
 */
export async function cancelOrderByCustomer(siteId: number, customerId: number, orderNumber: string, reason: string) {
  const order = await db().order.findFirst({
    where: { ...(await ownOrdersWhere(siteId, customerId)), orderNumber },
    select: { id: true, status: true, paymentStatus: true, paymentMode: true, stripePaymentIntentId: true, total: true, giftCertificateTotal: true, discountCodeId: true },
  });
  if (!order) throw notFound("Order not found");
  if (!(CANCELLABLE_STATUSES as readonly string[]).includes(order.status)) throw new ApiError("conflict", `An order that is ${order.status} can no longer be cancelled`);
  const note = `Cancelled by the customer: ${reason}`;

  if (!moneyTaken(order.paymentStatus)) {
    if (order.stripePaymentIntentId) {
      const gateway = await gatewayFor(siteId);
      const intent = await gateway.retrieveIntent(order.stripePaymentIntentId);
      if (intent.status === "succeeded" || intent.status === "processing") throw new ApiError("conflict", "The payment has just gone through; try again in a moment");
      if (intent.status !== "canceled") await gateway.cancelIntent(order.stripePaymentIntentId);
    }
    await releaseOrderHolds(order.id, { toStatus: "cancelled", note, actor: "customer" });
    return summary(order.id);
  }

  // What the card paid less what customer refunds gave back already.
  const charged = order.total - order.giftCertificateTotal - (await refundedSoFar(db(), order.id)).amount;
  const refund = charged > 0 && order.stripePaymentIntentId ? await refundOrder(siteId, order.id, order.stripePaymentIntentId, charged) : null;
  await runTransaction(async (tx) => {
    const moved = await tx.order.updateMany({
      where: { id: order.id, status: order.status },
      data: { status: "cancelled", paymentStatus: "refunded", cancelledAt: new Date(), cancelReason: reason },
    });
    if (moved.count === 0) throw new ApiError("conflict", "The order changed meanwhile; try again");
    const items = await tx.orderItem.findMany({ where: { orderId: order.id }, select: { productId: true, variantId: true, quantity: true } });
    await returnStock(tx, items.filter((i): i is typeof i & { productId: number } => i.productId !== null));
    if (order.discountCodeId) await returnDiscountUse(tx, order.discountCodeId);
    for (const r of await tx.giftCertificateRedemption.findMany({ where: { orderId: order.id } })) await returnGiftBalance(tx, r.giftCertificateId, r.amount);
    await settleCancelledOrderPoints(tx, order.id);
    if (refund) {
      await tx.refund.create({ data: { orderId: order.id, amount: charged, reason, status: refund.status, providerRefundId: refund.id, requestedBy: "customer" } });
    }
    await tx.orderStatusHistory.create({ data: { orderId: order.id, fromStatus: order.status, toStatus: "cancelled", actor: "customer", note } });
  });
  return summary(order.id);
}

async function refundOrder(siteId: number, orderId: number, intentId: string, amount: number) {
  try {
    return await (await gatewayFor(siteId)).refund(intentId, amount, `refund-order-${orderId}`);
  } catch (error) {
    console.error("[cancel-order] refund failed", { orderId, error: (error as Error).message });
    throw new ApiError("payment_provider_error", "The refund could not be made, so the order was not cancelled. Please try again.");
  }
}

async function summary(orderId: number) {
  const order = await db().order.findUniqueOrThrow({ where: { id: orderId }, select: { orderNumber: true, status: true, paymentStatus: true, cancelReason: true } });
  return order;
}
