import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { gatewayFor } from "@/lib/payments/gateway";
import { releaseOrderHolds } from "./release-holds";

/**
 * Cancels orders left unpaid past PENDING_ORDER_TTL_MINUTES so their stock, code use and gift
 * balance go back on sale. An intent that succeeded meanwhile is left for the webhook or the
 * verification call to complete; its order is skipped.
 */
export async function expirePendingOrders({ now = new Date(), ttlMinutes = env.PENDING_ORDER_TTL_MINUTES, limit = 200 } = {}) {
  const stale = await db().order.findMany({
    where: { status: "pending", paymentStatus: { not: "paid" }, holdsReleasedAt: null, createdAt: { lte: new Date(now.getTime() - ttlMinutes * 60_000) } },
    select: { id: true, siteId: true, stripePaymentIntentId: true },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  let cancelled = 0;
  let skipped = 0;
  for (const order of stale) {
    try {
      if (order.stripePaymentIntentId) {
        const gateway = await gatewayFor(order.siteId);
        const intent = await gateway.retrieveIntent(order.stripePaymentIntentId);
        if (intent.status === "succeeded" || intent.status === "processing") {
          skipped++;
          continue;
        }
        if (intent.status !== "canceled") await gateway.cancelIntent(order.stripePaymentIntentId);
      }
      if (await releaseOrderHolds(order.id, { toStatus: "cancelled", note: "Not paid in time", actor: "system" })) cancelled++;
    } catch (error) {
      skipped++;
      console.error("[expire-orders] could not expire order", { orderId: order.id, error: (error as Error).message });
    }
  }
  return { cancelled, skipped };
}
