import { db } from "@/lib/db";
import { runTransaction } from "@/lib/db/run-transaction";
import { env } from "@/lib/env";
import { gatewayFor } from "@/lib/payments/gateway";
import { releaseOrderHolds } from "./release-holds";

// siteId: one shop's orders only (every site's otherwise).
export type ExpireOrdersOptions = { now?: Date; ttlMinutes?: number; limit?: number; siteId?: number };
export type ExpireOrdersCounts = { cancelled: number; skipped: number; failed: number };

const NOTE = "Not paid in time";
type StaleOrder = { id: number; siteId: number; paymentMode: string; stripePaymentIntentId: string | null };

/**
 * The scheduled sweep of unpaid orders, across all sites: an order still pending and unpaid
 * PENDING_ORDER_TTL_MINUTES after it was placed has its PaymentIntent cancelled first (so no
 * payment can land on a cancelled order), then its stock, code use and gift balance released.
 * An intent that succeeded or is processing meanwhile is skipped: the webhook or the verification
 * call completes that order. A failure with one order is logged and counted; the rest go on.
 */
export async function expirePendingOrders({ now = new Date(), ttlMinutes = env.PENDING_ORDER_TTL_MINUTES, limit = 100, siteId }: ExpireOrdersOptions = {}): Promise<ExpireOrdersCounts> {
  const stale = await db().order.findMany({
    // "failed" too: a declined card leaves the order pending, open to another attempt until now.
    where: { siteId, status: "pending", paymentStatus: { in: ["pending", "failed"] }, createdAt: { lte: new Date(now.getTime() - ttlMinutes * 60_000) } },
    select: { id: true, siteId: true, paymentMode: true, stripePaymentIntentId: true },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  const counts = { cancelled: 0, skipped: 0, failed: 0 };
  for (const order of stale) {
    try {
      if (!(await stopPayment(order))) counts.skipped++;
      else if (await cancelOrder(order.id)) counts.cancelled++;
    } catch (error) {
      counts.failed++;
      console.error("[expire-orders] could not expire order", { orderId: order.id, error: (error as Error).message });
    }
  }
  return counts;
}

/** Whether the order's payment can no longer succeed: its intent is cancelled now, or it never had a live one. */
async function stopPayment(order: StaleOrder): Promise<boolean> {
  // Demo intents live in our own Payment rows (a pending order's never succeeded), and an order
  // without an intent never reached the gateway; neither needs the gateway, whose choice follows
  // the store's current keys rather than the ones the order was placed with.
  if (order.paymentMode !== "stripe" || !order.stripePaymentIntentId) return true;
  const gateway = await gatewayFor(order.siteId);
  const intentId = order.stripePaymentIntentId;
  const before = settled((await gateway.retrieveIntent(intentId)).status);
  if (before !== null) return before;
  try {
    await gateway.cancelIntent(intentId);
    return true;
  } catch (error) {
    // A concurrent sweep cancelled it first, or the shopper paid in between: Stripe's state decides.
    const after = settled((await gateway.retrieveIntent(intentId)).status);
    if (after !== null) return after;
    throw error;
  }
}

/** An intent's status read for expiry: true once cancelled, false when paid or being paid, null while still open. */
function settled(status: string): boolean | null {
  if (status === "canceled") return true;
  if (status === "succeeded" || status === "processing") return false;
  return null;
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
