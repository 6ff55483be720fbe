import { runTransaction } from "@/lib/db/run-transaction";
import { holdStock } from "@/lib/checkout/holds";

/**
 * Records a completed payment: the order becomes paid (once: only from pending), its payment
 * succeeded, and the cart it came from is emptied. The one path for Stripe's webhook, the
 * verification fallback, demo payments and orders a gift certificate paid in full.
 * Answers whether this call made the change (the caller then sends the confirmation).
 */
export async function markOrderPaid(orderId: number, payment: { providerPaymentId: string | null; actor: string }): Promise<boolean> {
  return runTransaction(async (tx) => {
    const now = new Date();
    const [order] = await tx.$queryRaw<{ siteId: number; cartSessionId: string | null; holdsReleasedAt: Date | null }[]>`
      UPDATE "Order" SET status = 'paid', "paymentStatus" = 'paid', "paidAt" = ${now}, "updatedAt" = ${now}
      WHERE id = ${orderId} AND status = 'pending'
      RETURNING "siteId", "cartSessionId", "holdsReleasedAt"`;
    if (!order) return false;
    if (order.holdsReleasedAt) {
      // An earlier failed attempt gave the stock back; the money is taken now, so take it again.
      const items = await tx.orderItem.findMany({ where: { orderId }, select: { productId: true, variantId: true, quantity: true, productName: true } });
      await holdStock(tx, items.filter((i): i is typeof i & { productId: number } => i.productId !== null));
      await tx.order.update({ where: { id: orderId }, data: { holdsReleasedAt: null } });
    }
    await tx.payment.updateMany({
      where: { orderId, ...(payment.providerPaymentId ? { providerPaymentId: payment.providerPaymentId } : {}), status: { not: "succeeded" } },
      data: { status: "succeeded", failureMessage: null },
    });
    await tx.orderStatusHistory.create({ data: { orderId, fromStatus: "pending", toStatus: "paid", actor: payment.actor, note: "Payment received" } });
    if (order.cartSessionId) {
      await tx.cartItem.deleteMany({ where: { cart: { siteId: order.siteId, sessionId: order.cartSessionId } } });
      await tx.cart.updateMany({ where: { siteId: order.siteId, sessionId: order.cartSessionId }, data: { status: "converted" } });
    }
    return true;
  });
}
