import { z } from "zod";
import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/api/errors";
import { markOrderPaid, markOrderPaidByIntent } from "@/lib/orders/mark-order-paid";
import { releaseOrderHolds } from "@/lib/orders/release-holds";
import { gatewayFor } from "@/lib/payments/gateway";
import { MONEY_TAKEN, moneyTaken, SETTLED_ATTEMPT_STATUSES } from "@/lib/orders/payment-state";

export const confirmPaymentSchema = z.object({
  orderNumber: z.string({ error: "orderNumber is required" }).trim().min(1, { error: "orderNumber is required" }).max(64),
  paymentIntentId: z.string({ error: "paymentIntentId is required" }).trim().min(1, { error: "paymentIntentId is required" }).max(255),
});

export const demoPaymentSchema = confirmPaymentSchema.extend({
  outcome: z.enum(["succeeded", "failed"]).default("succeeded").meta({ description: "Simulate a declined card with failed" }),
});

export const paymentStateSchema = z
  .object({ orderNumber: z.string(), status: z.string(), paymentStatus: z.string(), paid: z.boolean() })
  .meta({ id: "PaymentState" });

type PaymentState = z.infer<typeof paymentStateSchema>;

// The PaymentIntent id (a secret the paying browser holds) with the order number names the order.
async function findOrder(siteId: number, orderNumber: string, paymentIntentId: string) {
  const order = await db().order.findFirst({
    where: { siteId, orderNumber, stripePaymentIntentId: paymentIntentId },
    select: { id: true, siteId: true, paymentMode: true, currency: true, total: true, giftCertificateTotal: true },
  });
  if (!order) throw notFound("Order not found");
  return order;
}

async function stateOf(orderId: number): Promise<PaymentState> {
  const order = await db().order.findUniqueOrThrow({ where: { id: orderId }, select: { orderNumber: true, status: true, paymentStatus: true } });
  return { ...order, paid: moneyTaken(order.paymentStatus) };
}

/**
 * POST /checkout/verify: the success page asks Stripe itself whether the payment went through,
 * for when the webhook is late; a succeeded PaymentIntent completes the order by the webhook's path.
 * Answers whether this call completed it.
 */
export async function verifyPayment(siteId: number, input: z.output<typeof confirmPaymentSchema>) {
  const order = await findOrder(siteId, input.orderNumber, input.paymentIntentId);
  let completed = false;
  if (order.paymentMode === "stripe") {
    const intent = await (await gatewayFor(siteId)).retrieveIntent(input.paymentIntentId);
    if (intent.status === "succeeded") completed = (await markOrderPaidByIntent(order, intent, "verification")).paid;
  }
  return { state: await stateOf(order.id), completedOrderId: completed ? order.id : null };
}

/** POST /checkout/demo-payment: completes (or declines) a demo-mode payment through the webhook's code path. */
export async function completeDemoPayment(siteId: number, input: z.output<typeof demoPaymentSchema>) {
  const order = await findOrder(siteId, input.orderNumber, input.paymentIntentId);
  if (order.paymentMode !== "demo") throw new ApiError("forbidden", "This order is not in demo payment mode");
  let completed = false;
  if (input.outcome === "succeeded") {
    completed = await markOrderPaid(order.id, { providerPaymentId: input.paymentIntentId, actor: "demo" });
  } else {
    await recordDemoDecline(order.id, input.paymentIntentId);
    await releaseOrderHolds(order.id, { note: "Payment failed: demo card declined", actor: "demo" });
  }
  return { state: await stateOf(order.id), completedOrderId: completed ? order.id : null };
}

// The open attempt is declined; declining again with none open (no retry asked for) records another attempt.
async function recordDemoDecline(orderId: number, intentId: string) {
  await db().$transaction(async (tx) => {
    const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { paymentStatus: true, total: true, giftCertificateTotal: true, currency: true } });
    if (moneyTaken(order.paymentStatus)) return;
    const failed = { status: "failed", failureMessage: "Demo card declined" };
    const { count } = await tx.payment.updateMany({ where: { orderId, status: { notIn: [...SETTLED_ATTEMPT_STATUSES] } }, data: failed });
    if (count === 0) {
      await tx.payment.create({ data: { orderId, mode: "demo", providerPaymentId: intentId, amount: order.total - order.giftCertificateTotal, currency: order.currency, ...failed } });
    }
    await tx.order.updateMany({ where: { id: orderId, paymentStatus: { notIn: [...MONEY_TAKEN] } }, data: { paymentStatus: "failed" } });
  });
}
