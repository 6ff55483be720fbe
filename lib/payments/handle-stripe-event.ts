import type Stripe from "stripe";
import { db } from "@/lib/db";
import { markOrderPaidByIntent } from "@/lib/orders/mark-order-paid";
import { releaseOrderHolds } from "@/lib/orders/release-holds";
import { settleRefund } from "@/lib/orders/refunds";
import { Prisma } from "@/lib/generated/prisma/client";
import { MONEY_TAKEN, SETTLED_ATTEMPT_STATUSES } from "@/lib/orders/payment-state";
import { applySubscriptionEvent, SUBSCRIPTION_EVENTS } from "@/lib/subscriptions/stripe-events";

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
  if (SUBSCRIPTION_EVENTS.has(event.type)) return applySubscriptionEvent(siteId, event);
  if (REFUND_EVENTS.has(event.type)) return applyRefundUpdate(siteId, event.data.object as Stripe.Refund);
  if (event.type === "charge.refunded") {
    const refunds = (event.data.object as Stripe.Charge).refunds?.data ?? [];
    const outcomes = await Promise.all(refunds.map((refund) => applyRefundUpdate(siteId, refund)));
    return { handled: outcomes.some((o) => o.handled) };
  }
  if (!event.type.startsWith("payment_intent.")) return { handled: false };
  const intent = event.data.object as Stripe.PaymentIntent;
  const order = await db().order.findFirst({
    where: { siteId, stripePaymentIntentId: intent.id },
    select: { id: true, siteId: true, currency: true, total: true, giftCertificateTotal: true },
  });
  if (!order) return { handled: false };

  switch (event.type) {
    case "payment_intent.succeeded": {
      const { matched, paid } = await markOrderPaidByIntent(order, intent, "webhook");
      return matched ? { handled: true, paidOrderId: paid ? order.id : undefined } : { handled: false };
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

const REFUND_EVENTS = new Set(["refund.created", "refund.updated", "refund.failed", "charge.refund.updated"]);

/**
 * A refund's status as Stripe reports it later (a pending refund that succeeded, or failed and
 * gave its money back to the order). Only a refund of this site's orders is touched; its metadata
 * is trusted only for a refund still without a provider id, and the event is signed by the site's
 * own endpoint secret.
 */
async function applyRefundUpdate(siteId: number, refund: Stripe.Refund): Promise<EventOutcome> {
  // By its id, or, for a refund whose creation answer was lost, by the refund id we sent as metadata.
  const ours = Number(refund.metadata?.refundId);
  const row = await db().refund.findFirst({
    where: { order: { siteId }, OR: [{ providerRefundId: refund.id }, ...(Number.isSafeInteger(ours) && ours > 0 && ours <= 2_147_483_647 ? [{ id: ours, providerRefundId: null }] : [])] },
    select: { id: true, status: true, providerRefundId: true },
  });
  if (!row) return recordOutsideRefund(siteId, refund);
  if (!refund.status || (row.status === refund.status && row.providerRefundId)) return { handled: false };
  await settleRefund(row.id, { status: refund.status, providerRefundId: refund.id, failureMessage: refund.failure_reason ?? null });
  return { handled: true };
}

/**
 * A refund made outside the storefront (the merchant in Stripe's dashboard, or their own tools):
 * recorded on the order it refunds as the merchant's, so the order's payment state and status,
 * the customer's order pages and their loyalty points follow it. Once per Stripe refund, its id
 * being unique among refunds; one of ours carries our id in its metadata and is never made here.
 */
async function recordOutsideRefund(siteId: number, refund: Stripe.Refund): Promise<EventOutcome> {
  const intentId = typeof refund.payment_intent === "string" ? refund.payment_intent : refund.payment_intent?.id;
  if (!intentId || refund.metadata?.refundId || (refund.status !== "pending" && refund.status !== "succeeded")) return { handled: false };
  const order = await db().order.findFirst({
    where: { siteId, stripePaymentIntentId: intentId },
    select: { id: true, currency: true, payments: { where: { providerPaymentId: intentId, status: "succeeded" }, select: { id: true }, take: 1 } },
  });
  if (!order || refund.currency?.toUpperCase() !== order.currency.toUpperCase() || !(refund.amount > 0)) return { handled: false };
  let created: { id: number };
  try {
    created = await db().refund.create({
      data: {
        orderId: order.id,
        paymentId: order.payments[0]?.id,
        amount: refund.amount,
        reason: refund.reason ? `Refunded in Stripe (${refund.reason.replaceAll("_", " ")})` : "Refunded in Stripe",
        providerRefundId: refund.id,
        requestedBy: "merchant",
      },
      select: { id: true },
    });
  } catch (error) {
    // A concurrent delivery (refund.created beside charge.refunded) recorded it first: settle that one.
    if (isUniqueViolation(error)) return applyRefundUpdate(siteId, refund);
    throw error;
  }
  await settleRefund(created.id, { status: refund.status, providerRefundId: refund.id, failureMessage: refund.failure_reason ?? null });
  return { handled: true };
}

// One Payment row per attempt: the open attempt (opened with the intent, or by a retry) becomes
// this failed one; a failure with no open attempt (the shopper tried again on the payment page
// without asking for a retry) is a new row. Concurrent deliveries of one event all get past the
// processed-event check, so the attempt carries the event's id: its unique key lets the first
// delivery alone record it.
async function recordFailedAttempt(orderId: number, eventId: string, intent: Stripe.PaymentIntent, message: string) {
  try {
    await db().$transaction(async (tx) => {
      const open = await tx.payment.findFirst({
        where: { orderId, providerPaymentId: intent.id, status: { notIn: [...SETTLED_ATTEMPT_STATUSES] } },
        orderBy: { id: "desc" },
        select: { id: true },
      });
      const failed = { providerEventId: eventId, status: "failed", failureMessage: message };
      const claimed = open ? await tx.payment.updateMany({ where: { id: open.id, status: { notIn: [...SETTLED_ATTEMPT_STATUSES] } }, data: failed }) : { count: 0 };
      if (claimed.count === 0) {
        await tx.payment.create({ data: { orderId, mode: "stripe", providerPaymentId: intent.id, amount: intent.amount, currency: intent.currency.toUpperCase(), ...failed } });
      }
      await tx.order.updateMany({ where: { id: orderId, paymentStatus: { notIn: [...MONEY_TAKEN] } }, data: { paymentStatus: "failed" } });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
