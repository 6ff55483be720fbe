import { runTransaction } from "@/lib/db/run-transaction";
import { returnDiscountUse, returnGiftBalance, returnStock } from "@/lib/checkout/holds";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { returnLoyaltyPoints } from "@/lib/loyalty/ledger";

/**
 * Gives back what checkout held for an unpaid order: stock, the discount use, the gift balance,
 * the loyalty points. Runs at most once per order (holdsReleasedAt), and never for an order whose
 * money was taken (paid, or refunded since: lib/orders/payment-state.ts), so repeated or
 * out-of-order webhooks are harmless. Optionally moves the order to a new status.
 */
export async function releaseOrderHolds(orderId: number, options: { toStatus?: OrderStatus; note: string; actor: string }): Promise<boolean> {
  return runTransaction(async (tx) => {
    const [order] = await tx.$queryRaw<{ id: number; siteId: number; customerId: number | null; status: OrderStatus; discountCodeId: number | null; loyaltyPointsRedeemed: number }[]>`
      UPDATE "Order" SET "holdsReleasedAt" = now(), "updatedAt" = now()
      WHERE id = ${orderId} AND "holdsReleasedAt" IS NULL AND "paymentStatus" NOT IN ('paid', 'partially_refunded', 'refunded')
      RETURNING id, "siteId", "customerId", status, "discountCodeId", "loyaltyPointsRedeemed"`;
    if (!order) return false;
    const items = await tx.orderItem.findMany({ where: { orderId }, select: { productId: true, variantId: true, quantity: true } });
    await returnStock(tx, items.filter((i): i is typeof i & { productId: number } => i.productId !== null));
    if (order.discountCodeId) await returnDiscountUse(tx, order.discountCodeId);
    const redemptions = await tx.giftCertificateRedemption.findMany({ where: { orderId } });
    for (const r of redemptions) await returnGiftBalance(tx, r.giftCertificateId, r.amount);
    await tx.giftCertificateRedemption.deleteMany({ where: { orderId } });
    await returnLoyaltyPoints(tx, order);
    if (options.toStatus && options.toStatus !== order.status) {
      await tx.order.update({
        where: { id: orderId },
        data: { status: options.toStatus, ...(options.toStatus === "cancelled" ? { cancelledAt: new Date(), cancelReason: options.note } : {}) },
      });
      await tx.orderStatusHistory.create({ data: { orderId, fromStatus: order.status, toStatus: options.toStatus, actor: options.actor, note: options.note } });
    }
    return true;
  });
}
