import { db } from "@/lib/db";
import { sendOrderConfirmation } from "./send-order-confirmation";

export type PendingConfirmationsOptions = { now?: Date; graceMinutes?: number; lookbackHours?: number; limit?: number };
export type PendingConfirmationsCounts = { sent: number; skipped: number; failed: number };

/**
 * The scheduled catch-up of confirmations that were never sent: the mail goes out after the
 * response, so a crash, a redeploy or a database outage in between leaves a paid order without
 * one. Orders paid more than graceMinutes ago (the after-response send has had its chance) and
 * less than lookbackHours ago (an old order is not mailed out of the blue) are mailed now,
 * each through the same once-only claim as the first send.
 */
export async function sendPendingConfirmations({ now = new Date(), graceMinutes = 10, lookbackHours = 24, limit = 100 }: PendingConfirmationsOptions = {}): Promise<PendingConfirmationsCounts> {
  const unsent = await db().order.findMany({
    where: {
      paymentStatus: "paid",
      confirmationSentAt: null,
      paidAt: { lte: new Date(now.getTime() - graceMinutes * 60_000), gte: new Date(now.getTime() - lookbackHours * 3_600_000) },
    },
    select: { id: true },
    orderBy: { paidAt: "asc" },
    take: limit,
  });
  const counts = { sent: 0, skipped: 0, failed: 0 };
  for (const { id } of unsent) {
    try {
      const outcome = await sendOrderConfirmation(id);
      counts[outcome === "already_sent" ? "skipped" : outcome]++;
    } catch (error) {
      counts.failed++;
      console.error("[order-confirmations] could not send", { orderId: id, error: (error as Error).message });
    }
  }
  return counts;
}
