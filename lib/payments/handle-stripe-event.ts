import type Stripe from "stripe";
import { db } from "@/lib/db";
import { markOrderPaid } from "@/lib/orders/mark-order-paid";
import { chargeMatchesOrder } from "./charge-matches-order";
import { releaseOrderHolds } from "@/lib/orders/release-holds";
import { Prisma } from "@/lib/generated/prisma/client";

export type EventOutcome = { handled: boolean; duplicate?: boolean; paidOrderId?: number };

/**
 * Applies one verified Stripe event to a site's orders, once per event id. Every effect is also
 * guarded by the order's state, so a redelivered or out-of-order event (a failure reported after
 * the success) changes nothing.
 */
export async function handleStripeEvent(siteId: number, event: Stripe.Event): Promise<EventOutcome> {
  const seen = await db().processedWebhookEvent.findUnique({ where: { provider_eventId: { provider: "stripe", eventId: event.id } } });
  if (seen) return { handled: false, duplicate: true };

  const outcome = await apply(siteId, event);
  try {
    await db().processedWebhookEvent.create({ data: { provider: "stripe", eventId: event.id, type: event.type } });
  } catch (error) {
    // A concurrent delivery of the same event recorded it first; the state guards kept it single.
    if (!isUniqueViolation(error)) throw error;
  }
  return outcome;
}

async function apply(siteId: number, event: Stripe.Event): Promise<EventOutcome> {
  if (!event.type.startsWith("payment_intent.")) return { handled: false };
  const intent = event.data.object as Stripe.PaymentIntent;
  const order = await db().order.findFirst({
    where: { siteId, stripePaymentIntentId: intent.id },
    select: { id: true, siteId: true, currency: true, total: true, giftCertificateTotal: true },
  });
  if (!order) return { handled: false };

  switch (event.type) {
    case "payment_intent.succeeded": {
      const charge = { intentId: intent.id, amount: intent.amount, currency: intent.currency, metadata: intent.metadata };
      if (!chargeMatchesOrder(order, charge)) return { handled: false };
      const changed = await markOrderPaid(order.id, { providerPaymentId: intent.id, actor: "webhook" });
      return { handled: true, paidOrderId: changed ? order.id : undefined };
    }
    case "payment_intent.payment_failed": {
      const message = intent.last_payment_error?.message ?? "Payment failed";
      await recordFailedAttempt(order.id, event.id, intent, message);
      await releaseOrderHolds(order.id, { note: `Payment failed: ${message}`, actor: "webhook" });
      return { handled: true };
    }
    case "payment_intent.canceled":
      await releaseOrderHolds(order.id, { toStatus: "cancelled", note: "Payment cancelled", actor: "webhook" });
      return { handled: true };
    default:
      return { handled: false };
  }
}

// Concurrent deliveries of one event all get past the processed-event check, so the attempt is
// recorded under the event's id: its unique key lets the first delivery alone record it.
async function recordFailedAttempt(orderId: number, eventId: string, intent: Stripe.PaymentIntent, message: string) {
  try {
    await db().$transaction([
      db().payment.create({
        data: {
          orderId,
          mode: "stripe",
          providerPaymentId: intent.id,
          providerEventId: eventId,
          amount: intent.amount,
          currency: intent.currency.toUpperCase(),
          status: "failed",
          failureMessage: message,
        },
      }),
      db().order.updateMany({ where: { id: orderId, paymentStatus: { not: "paid" } }, data: { paymentStatus: "failed" } }),
    ]);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
