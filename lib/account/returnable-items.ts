import { db } from "@/lib/db";
import { ownOrdersWhere } from "@/lib/account/orders";

export type ReturnableItem = { orderItemId: number; productName: string; variantName: string | null; quantity: number; returnable: number };

/**
 * The lines of one of the customer's orders with how many of each can still be asked back: the
 * quantity less what earlier requests (not rejected) claim, the count lib/account/returns.ts
 * enforces. The order view has no item ids, which a return request needs, hence this read.
 * Null when the order is not the customer's.
 */
export async function returnableItems(siteId: number, customerId: number, orderNumber: string) {
  const order = await db().order.findFirst({
    where: { ...(await ownOrdersWhere(siteId, customerId)), orderNumber },
    select: {
      status: true,
      items: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          productName: true,
          variantName: true,
          quantity: true,
          returnItems: { where: { returnRequest: { status: { not: "rejected" } } }, select: { quantity: true } },
        },
      },
    },
  });
  if (!order) return null;
  const items: ReturnableItem[] = order.items.map((item) => ({
    orderItemId: item.id,
    productName: item.productName,
    variantName: item.variantName,
    quantity: item.quantity,
    returnable: Math.max(0, item.quantity - item.returnItems.reduce((sum, r) => sum + r.quantity, 0)),
  }));
  return { status: order.status, items };
}
