import { runTransaction } from "@/lib/db/run-transaction";
import { holdStock } from "@/lib/checkout/holds";
import type { PaymentMode } from "@/lib/generated/prisma/client";
import { earnOrderPoints, retakeLoyaltyPoints } from "@/lib/loyalty/ledger";
import { chargeMatchesOrder, type OrderToPay } from "@/lib/payments/charge-matches-order";
import { SETTLED_ATTEMPT_STATUSES } from "./payment-state";

/**
 * Records a completed payment: the order becomes paid (once: only from pending), its payment
 * succeeded, its customer earns loyalty points, and the cart it came from is emptied. The one
 * path for Stripe's webhook, the verification fallback, demo payments and orders a gift
 * certificate (or loyalty points) paid in full.
 * Answers whether this call made the change (the caller then sends the confirmation).
 */
export async function markOrderPaid(orderId: number, payment: { providerPaymentId: string | null; actor: string }): Promise<boolean> {
  return runTransaction(async (tx) => {
    const now = new Date();
    const [order] = await tx.$queryRaw<{ siteId: number; customerId: number | null; cartSessionId: string | null; holdsReleasedAt: Date | null; paymentMode: PaymentMode; amountDue: number; currency: string; loyaltyPointsRedeemed: number }[]>`
      UPDATE "Order" SET status = 'paid', "paymentStatus" = 'paid', "paidAt" = ${now}, "updatedAt" = ${now}
      WHERE id = ${orderId} AND status = 'pending'
      RETURNING "siteId", "customerId", "cartSessionId", "holdsReleasedAt", "paymentMode", total - "giftCertificateTotal" AS "amountDue", currency, "loyaltyPointsRedeemed"`;
    if (!order) return false;
    if (order.holdsReleasedAt) {
      // An earlier failed attempt gave the stock back; the money is taken now, so take it again.
      const items = await tx.orderItem.findMany({ where: { orderId }, select: { productId: true, variantId: true, quantity: true, productName: true } });
      await holdStock(tx, items.filter((i): i is typeof i & { productId: number } => i.productId !== null));
      await retakeLoyaltyPoints(tx, { id: orderId, ...order });
      await tx.order.update({ where: { id: orderId }, data: { holdsReleasedAt: null } });
    }
    // The open attempt succeeded; failed attempts stay on record as they were. Paying again on the
    // payment page after a failure, without a retry that opened an attempt, leaves none open.
    const succeeded = await tx.payment.updateMany({
      where: { orderId, ...(payment.providerPaymentId ? { providerPaymentId: payment.providerPaymentId } : {}), status: { notIn: [...SETTLED_ATTEMPT_STATUSES] } },
      data: { status: "succeeded", failureMessage: null },
    });
    const attempts = await tx.payment.count({ where: { orderId } });
    if (succeeded.count === 0 && attempts > 0 && order.amountDue > 0) {
      await tx.payment.create({ data: { orderId, mode: order.paymentMode, providerPaymentId: payment.providerPaymentId, amount: order.amountDue, currency: order.currency, status: "succeeded" } });
    }
    await tx.orderStatusHistory.create({ data: { orderId, fromStatus: "pending", toStatus: "paid", actor: payment.actor, note: "Payment received" } });
    await earnOrderPoints(tx, orderId);
    if (order.cartSessionId) {
      await tx.cartItem.deleteMany({ where: { cart: { siteId: order.siteId, sessionId: order.cartSessionId } } });
      await tx.cart.updateMany({ where: { siteId: order.siteId, sessionId: order.cartSessionId }, data: { status: "converted" } });
    }
    return true;
  });
}

/**
 * Pays the order by a succeeded PaymentIntent, for the webhook, the verification call and the
 * expiry sweep alike: `matched` is whether the intent paid for this order (chargeMatchesOrder
 * refuses and logs any other), `paid` whether this call marked the order paid.
 */
export async function markOrderPaidByIntent(
  order: OrderToPay,
  intent: { id: string; amount: number; currency: string; metadata: Record<string, string> | null | undefined },
  actor: string,
): Promise<{ matched: boolean; paid: boolean }> {
  if (!chargeMatchesOrder(order, { intentId: intent.id, amount: intent.amount, currency: intent.currency, metadata: intent.metadata })) return { matched: false, paid: false };
  return { matched: true, paid: await markOrderPaid(order.id, { providerPaymentId: intent.id, actor }) };
}
