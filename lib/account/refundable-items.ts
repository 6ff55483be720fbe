import { db } from "@/lib/db";
import { LIVE_REFUND_STATUSES } from "@/lib/orders/refunds";
import { ownOrdersWhere } from "./orders";
import { REFUNDABLE_PAYMENT_STATUSES, REFUNDABLE_STATUSES, refundPolicyFor } from "./request-refund";

export type RefundableItem = { orderItemId: number; productName: string; variantName: string | null; quantity: number; refundable: number; eligible: boolean };

/**
 * What the customer could still ask refunded on one of their orders, for My Account: the store's
 * policy (on, window, when it closes), and each line with the units left (bought less live
 * refunds) and whether the product is covered. `available` says whether a request can succeed at
 * all; lib/account/request-refund.ts checks everything again. Null when the order is not theirs.
 */
export async function refundableItems(siteId: number, customerId: number, orderNumber: string, now = new Date()) {
  const order = await db().order.findFirst({
    where: { ...(await ownOrdersWhere(siteId, customerId)), orderNumber },
    select: {
      status: true,
      paymentStatus: true,
      paidAt: true,
      deliveredAt: true,
      items: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          productName: true,
          variantName: true,
          quantity: true,
          product: { select: { refundable: true } },
          refundItems: { where: { refund: { status: { in: [...LIVE_REFUND_STATUSES] } } }, select: { quantity: true } },
        },
      },
    },
  });
  if (!order) return null;
  const policy = await refundPolicyFor(siteId, order, now);
  const items: RefundableItem[] = order.items.map((item) => ({
    orderItemId: item.id,
    productName: item.productName,
    variantName: item.variantName,
    quantity: item.quantity,
    refundable: Math.max(0, item.quantity - item.refundItems.reduce((sum, r) => sum + r.quantity, 0)),
    eligible: item.product?.refundable ?? false,
  }));
  const orderAllows = REFUNDABLE_STATUSES.includes(order.status) && REFUNDABLE_PAYMENT_STATUSES.includes(order.paymentStatus);
  return { status: order.status, policy, items, available: policy.open && orderAllows && items.some((i) => i.eligible && i.refundable > 0) };
}
