import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { listPaymentAttempts } from "@/lib/orders/payments";
import { listRefunds } from "@/lib/orders/refunds";
import { listShipments } from "@/lib/orders/shipments";
import { ownOrdersWhere } from "./orders";

// The per-order lists of My Account; each finds the order among the customer's own first, so
// another customer's order number answers 404 like an unknown one.
async function ownOrderId(siteId: number, customerId: number, orderNumber: string): Promise<number> {
  const order = await db().order.findFirst({ where: { ...(await ownOrdersWhere(siteId, customerId)), orderNumber }, select: { id: true } });
  if (!order) throw notFound("Order not found");
  return order.id;
}

/** GET /account/orders/{orderNumber}/shipments */
export const listOrderShipments = async (siteId: number, customerId: number, orderNumber: string) => listShipments(await ownOrderId(siteId, customerId, orderNumber));

/** GET /account/orders/{orderNumber}/payments */
export const listOrderPayments = async (siteId: number, customerId: number, orderNumber: string) => listPaymentAttempts(await ownOrderId(siteId, customerId, orderNumber));

/** GET /account/orders/{orderNumber}/refunds */
export const listOrderRefunds = async (siteId: number, customerId: number, orderNumber: string) => listRefunds(await ownOrderId(siteId, customerId, orderNumber));
