import { db } from "@/lib/db";
import { ownOrdersWhere } from "@/lib/account/orders";
import type { Prisma } from "@/lib/generated/prisma/client";
import { orderViewInclude, toOrderView } from "./get-guest-order";
import { hasGrant, type OrderGrant } from "./order-access";
import type { GuestOrder } from "./schemas";

/** Who is asking: the browser's grants, the signed-in customer, and a PaymentIntent id from Stripe's redirect. */
export type OrderViewer = { grants: OrderGrant[]; customerId: number | null; paymentIntentId?: string | null };

export type ShopOrder = GuestOrder & {
  id: number;
  paymentMode: string | null;
  stripePaymentIntentId: string | null;
  giftCertificateTotal: number;
  discountCode: string | null;
  statusHistory: { toStatus: string; note: string | null; createdAt: string }[];
};

/**
 * One order for the shop's order pages, or null when it does not exist on this site or the viewer
 * may not see it. A viewer may see an order this browser placed or looked up (a grant), one of
 * their own when signed in (as My Account counts them), or the one whose PaymentIntent Stripe just
 * sent them back with (its id is a secret only the paying browser holds).
 */
export async function getShopOrder(siteId: number, orderNumber: string, viewer: OrderViewer): Promise<ShopOrder | null> {
  const ways: Prisma.OrderWhereInput[] = [];
  if (viewer.customerId) ways.push(await ownOrdersWhere(siteId, viewer.customerId));
  if (viewer.paymentIntentId) ways.push({ stripePaymentIntentId: viewer.paymentIntentId });
  const granted = hasGrant(viewer.grants, orderNumber);
  if (!granted && ways.length === 0) return null;

  const order = await db().order.findFirst({
    where: { siteId, orderNumber, ...(granted ? {} : { OR: ways }) },
    include: { ...orderViewInclude, statusHistory: { orderBy: { id: "asc" }, select: { toStatus: true, note: true, createdAt: true } } },
  });
  if (!order) return null;
  return {
    ...toOrderView(order),
    id: order.id,
    paymentMode: order.paymentMode,
    stripePaymentIntentId: order.stripePaymentIntentId,
    giftCertificateTotal: order.giftCertificateTotal,
    discountCode: order.discountCode,
    statusHistory: order.statusHistory.map((h) => ({ toStatus: h.toStatus, note: h.note, createdAt: h.createdAt.toISOString() })),
  };
}
