import { z } from "zod";
import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/api/errors";
import { markOrderPaid } from "@/lib/orders/mark-order-paid";
import { releaseOrderHolds } from "@/lib/orders/release-holds";
import { chargeMatchesOrder } from "@/lib/payments/charge-matches-order";
import { gatewayFor } from "@/lib/payments/gateway";

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
  return { ...order, paid: order.paymentStatus === "paid" };
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
    const charge = { intentId: intent.id, amount: intent.amount, currency: intent.currency, metadata: intent.metadata };
    if (intent.status === "succeeded" && chargeMatchesOrder(order, charge)) {
      completed = await markOrderPaid(order.id, { providerPaymentId: intent.id, actor: "verification" });
    }
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
    await db().payment.updateMany({ where: { orderId: order.id, status: { not: "succeeded" } }, data: { status: "failed", failureMessage: "Demo card declined" } });
    await db().order.updateMany({ where: { id: order.id, paymentStatus: { not: "paid" } }, data: { paymentStatus: "failed" } });
    await releaseOrderHolds(order.id, { note: "Payment failed: demo card declined", actor: "demo" });
  }
  return { state: await stateOf(order.id), completedOrderId: completed ? order.id : null };
}
