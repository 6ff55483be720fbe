import { db } from "@/lib/db";
import { runTransaction } from "@/lib/db/run-transaction";
import { env } from "@/lib/env";
import { gatewayFor, type PaymentIntentState } from "@/lib/payments/gateway";
import { markOrderPaidByIntent } from "./mark-order-paid";
import { sendOrderConfirmation } from "./send-order-confirmation";
import { releaseOrderHolds } from "./release-holds";

// siteId: one shop's orders only (every site's otherwise).
export type ExpireOrdersOptions = { now?: Date; ttlMinutes?: number; limit?: number; siteId?: number };
export type ExpireOrdersCounts = { cancelled: number; completed: number; skipped: number; failed: number };

const NOTE = "Not paid in time";
const staleOrderSelect = { id: true, siteId: true, paymentMode: true, stripePaymentIntentId: true, currency: true, total: true, giftCertificateTotal: true } as const;
type StaleOrder = { id: number; siteId: number; paymentMode: string; stripePaymentIntentId: string | null; currency: string; total: number; giftCertificateTotal: number };

/**
 * The scheduled sweep of unpaid orders, across all sites: an order still pending and unpaid
 * PENDING_ORDER_TTL_MINUTES after it was placed has its PaymentIntent cancelled first (so no
 * payment can land on a cancelled order), then its stock, code use and gift balance released.
 * An intent that succeeded meanwhile completes its order as the webhook would (whose event was
 * lost, or the shopper would stay charged for an order never fulfilled); one still processing is
 * left for the webhook. A failure with one order is logged and counted; the rest go on. Orders a
 * run leaves pending are tried after every other one in later runs.
 */
export async function expirePendingOrders({ now = new Date(), ttlMinutes = env.PENDING_ORDER_TTL_MINUTES, limit = 100, siteId }: ExpireOrdersOptions = {}): Promise<ExpireOrdersCounts> {
  const stale = await db().order.findMany({
    // "failed" too: a declined card leaves the order pending, open to another attempt until now.
    where: { siteId, status: "pending", paymentStatus: { in: ["pending", "failed"] }, createdAt: { lte: new Date(now.getTime() - ttlMinutes * 60_000) } },
    select: staleOrderSelect,
    // Untried first, then the longest untried: orders a run leaves pending go to the back.
    orderBy: [{ expiryAttemptedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
    take: limit,
  });
  const counts = { cancelled: 0, completed: 0, skipped: 0, failed: 0 };
  const leftPending: number[] = [];
  for (const order of stale) {
    try {
      const intent = await stopPayment(order);
      if (!intent || intent.status === "canceled") {
        if (await cancelOrder(order.id)) counts.cancelled++;
      } else if (intent.status === "succeeded" && (await completeOrder(order, intent))) {
        counts.completed++;
      } else {
        counts.skipped++;
        leftPending.push(order.id);
      }
    } catch (error) {
      counts.failed++;
      leftPending.push(order.id);
      console.error("[expire-orders] could not expire order", { orderId: order.id, error: (error as Error).message });
    }
  }
  if (leftPending.length > 0) await db().order.updateMany({ where: { id: { in: leftPending } }, data: { expiryAttemptedAt: now } });
  return counts;
}

/**
 * The order's PaymentIntent once the sweep is done with it: cancelled now, or succeeded or
 * processing meanwhile. Null when the order has no live intent to stop.
 */
async function stopPayment(order: StaleOrder): Promise<PaymentIntentState | null> {
  // Demo intents live in our own Payment rows (a pending order's never succeeded), and an order
  // without an intent never reached the gateway; neither needs the gateway, whose choice follows
  // the store's current keys rather than the ones the order was placed with.
  if (order.paymentMode !== "stripe" || !order.stripePaymentIntentId) return null;
  const gateway = await gatewayFor(order.siteId);
  const intentId = order.stripePaymentIntentId;
  const before = await gateway.retrieveIntent(intentId);
  if (isSettled(before.status)) return before;
  try {
    await gateway.cancelIntent(intentId);
    return { ...before, status: "canceled" };
  } catch (error) {
    // A concurrent sweep cancelled it first, or the shopper paid in between: Stripe's state decides.
    const after = await gateway.retrieveIntent(intentId);
    if (isSettled(after.status)) return after;
    throw error;
  }
}

/** Whether an intent's state is final for expiry: cancelled, or paid or being paid. */
const isSettled = (status: string) => status === "canceled" || status === "succeeded" || status === "processing";

/** Marks the order paid by its succeeded intent, as the webhook does, and mails its confirmation. */
async function completeOrder(order: StaleOrder, intent: PaymentIntentState): Promise<boolean> {
  if (!(await markOrderPaidByIntent(order, intent, "system")).paid) return false;
  await sendOrderConfirmation(order.id);
  return true;
}

/** Cancels the order and gives back its holds, once; answers whether this call cancelled it. */
async function cancelOrder(orderId: number): Promise<boolean> {
  if (await releaseOrderHolds(orderId, { toStatus: "cancelled", note: NOTE, actor: "system" })) return true;
  // releaseOrderHolds leaves the status alone when the holds went back already (a failed payment).
  return runTransaction(async (tx) => {
    const { count } = await tx.order.updateMany({
      where: { id: orderId, status: "pending", paymentStatus: { not: "paid" }, holdsReleasedAt: { not: null } },
      data: { status: "cancelled", cancelledAt: new Date(), cancelReason: NOTE },
    });
    if (count === 0) return false;
    await tx.orderStatusHistory.create({ data: { orderId, fromStatus: "pending", toStatus: "cancelled", actor: "system", note: NOTE } });
    return true;
  });
}
