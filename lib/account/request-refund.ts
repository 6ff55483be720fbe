import { z } from "zod";
import { db } from "@/lib/db";
import { runTransaction } from "@/lib/db/run-transaction";
import { ApiError, notFound } from "@/lib/api/errors";
import { positiveIdField } from "@/lib/api/schemas";
import { gatewayFor, RefundOutcomeUnknownError } from "@/lib/payments/gateway";
import { refundAmounts } from "@/lib/orders/refund-amounts";
import { getRefund, refundedSoFar, settleRefund } from "@/lib/orders/refunds";
import { ownOrdersWhere } from "./orders";

export const createRefundSchema = z.object({
  items: z
    .array(z.object({ orderItemId: positiveIdField("orderItemId"), quantity: positiveIdField("quantity") }), { error: "items is required" })
    .min(1, { error: "items must name at least one item" })
    .max(100),
  reason: z.string({ error: "reason is required" }).trim().min(1, { error: "reason is required" }).max(1000, { error: "reason is too long" }),
});

const DAY_MS = 24 * 60 * 60 * 1000;
// Payment confirmed and the goods not given back as a whole yet.
export const REFUNDABLE_STATUSES: string[] = ["paid", "processing", "shipped", "delivered"];
export const REFUNDABLE_PAYMENT_STATUSES: string[] = ["paid", "partially_refunded"];

/** The store's refund policy as a customer sees it, and whether this order is still inside it. */
export async function refundPolicyFor(siteId: number, order: { paidAt: Date | null; deliveredAt: Date | null }, now = new Date()) {
  const store = await db().store.findUniqueOrThrow({ where: { siteId }, select: { refundPolicyEnabled: true, refundWindowDays: true, refundPolicyText: true } });
  // The window runs from delivery; before delivery, from payment.
  const from = order.deliveredAt ?? order.paidAt;
  const closesAt = from ? new Date(from.getTime() + store.refundWindowDays * DAY_MS) : null;
  return { enabled: store.refundPolicyEnabled, windowDays: store.refundWindowDays, text: store.refundPolicyText, closesAt, open: store.refundPolicyEnabled && closesAt !== null && now <= closesAt };
}

/**
 * POST /account/orders/{orderNumber}/refunds: the customer asks for items' money back under the
 * store's refund policy: on (403 refunds_disabled otherwise), inside the window (409
 * refund_window_closed), for refundable products (409 item_not_refundable), and for no more units
 * than were bought less those refunded already.
 *
 * The refund is reserved first, as a pending row with its items, in a transaction holding a lock
 * on the order: concurrent requests count each other's reservations, so together they can never
 * refund a unit twice or more than the card paid. The gateway is called after commit (never
 * inside a transaction) under the refund's own idempotency key; its answer settles the row, and a
 * failure marks it failed, which gives its units back.
 */
export async function requestRefund(siteId: number, customerId: number, orderNumber: string, input: z.output<typeof createRefundSchema>, now = new Date()) {
  const found = await db().order.findFirst({
    where: { ...(await ownOrdersWhere(siteId, customerId)), orderNumber },
    select: { id: true, paidAt: true, deliveredAt: true, stripePaymentIntentId: true, paymentMode: true },
  });
  if (!found) throw notFound("Order not found");
  const policy = await refundPolicyFor(siteId, found, now);
  if (!policy.enabled) throw new ApiError("refunds_disabled", "This store does not take refund requests; please ask for a return instead");

  const reserved = await runTransaction(async (tx) => {
    const [order] = await tx.$queryRaw<{ id: number; status: string; paymentStatus: string; subtotal: number; shippingTotal: number; total: number; giftCertificateTotal: number }[]>`
      SELECT id, status, "paymentStatus", subtotal, "shippingTotal", total, "giftCertificateTotal" FROM "Order" WHERE id = ${found.id} FOR UPDATE`;
    if (!REFUNDABLE_STATUSES.includes(order.status) || !REFUNDABLE_PAYMENT_STATUSES.includes(order.paymentStatus)) {
      throw new ApiError("conflict", `An order that is ${order.status} (payment ${order.paymentStatus}) cannot be refunded`);
    }
    if (!policy.open) throw new ApiError("refund_window_closed", `Refunds are possible for ${policy.windowDays} days after delivery; this order's window has closed`);
    const lines = await tx.orderItem.findMany({ where: { orderId: order.id }, orderBy: { id: "asc" }, select: { id: true, productName: true, unitPrice: true, quantity: true, product: { select: { refundable: true } } } });
    const before = await refundedSoFar(tx, order.id);
    const wanted = new Map<number, number>();
    for (const item of input.items) wanted.set(item.orderItemId, (wanted.get(item.orderItemId) ?? 0) + item.quantity);
    const refundLines = [...wanted].map(([orderItemId, quantity]) => {
      const line = lines.find((l) => l.id === orderItemId);
      if (!line) throw new ApiError("validation_error", `items: order item ${orderItemId} is not on this order`);
      // A product since deleted can no longer say it is refundable: it counts as not.
      if (!line.product?.refundable) throw new ApiError("item_not_refundable", `${line.productName} is not refundable under this store's policy`);
      const left = line.quantity - (before.quantities.get(orderItemId) ?? 0);
      if (quantity > left) throw new ApiError("validation_error", `items: at most ${left} of order item ${orderItemId} can still be refunded`);
      return { orderItemId, unitPrice: line.unitPrice, quantity };
    });
    const { lines: priced, amount: value } = refundAmounts(order, before.goods, refundLines);
    // Never beyond what the card paid less what went back already (a cancellation's refund, say).
    const amount = Math.min(value, order.total - order.giftCertificateTotal - before.amount);
    if (amount <= 0) throw new ApiError("conflict", "Nothing was paid by card for these items, so there is nothing to refund");
    const refund = await tx.refund.create({
      data: {
        orderId: order.id,
        amount,
        reason: input.reason,
        status: "pending",
        requestedBy: "customer",
        // The cap can only lower the last lines' share; the lines still add up to the amount.
        items: { create: capLines(priced, amount).map((l) => ({ orderItemId: l.orderItemId, quantity: l.quantity, amount: l.amount })) },
      },
      select: { id: true },
    });
    return { id: refund.id, amount };
  });

  let made: { id: string; status: string };
  try {
    if (!found.stripePaymentIntentId) throw new Error("The order has no payment to refund");
    const gateway = await gatewayFor(siteId);
    // A store that changed its payment set-up since (keys removed, say) must not "refund" through the wrong gateway.
    if (gateway.mode !== found.paymentMode) throw new Error(`The order was paid by ${found.paymentMode}, the store now takes ${gateway.mode}`);
    made = await gateway.refund(found.stripePaymentIntentId, reserved.amount, `refund-${siteId}-${reserved.id}`, { refundId: String(reserved.id), orderId: String(found.id), siteId: String(siteId) });
  } catch (error) {
    console.error("[refunds] refund failed", { refundId: reserved.id, error: (error as Error).message });
    if (error instanceof RefundOutcomeUnknownError) {
      // It may have been made: the row stays pending and keeps its units, so asking again cannot
      // refund them twice; Stripe's refund events (matched by the metadata) settle it.
      throw new ApiError("payment_provider_error", "The payment provider did not confirm the refund; it shows as pending until it does. Please do not ask again.");
    }
    await settleRefund(reserved.id, { status: "failed", failureMessage: "The payment provider did not make the refund" });
    throw new ApiError("payment_provider_error", "The refund could not be made; nothing was refunded. Please try again later.");
  }
  await settleRefund(reserved.id, { status: made.status, providerRefundId: made.id });
  return getRefund(reserved.id);
}

function capLines<T extends { amount: number }>(lines: T[], total: number): T[] {
  let left = total;
  return lines.map((line) => {
    const amount = Math.min(line.amount, left);
    left -= amount;
    return { ...line, amount };
  });
}
