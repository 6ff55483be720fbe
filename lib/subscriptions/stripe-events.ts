import type Stripe from "stripe";
import { billingFor } from "./billing";
import { createRenewalOrder } from "./renewal-order";
import { findLocalSubscription, syncSubscription } from "./sync-subscription";
import { db } from "@/lib/db";

export const SUBSCRIPTION_EVENTS = new Set(["invoice.paid", "invoice.payment_failed", "customer.subscription.updated", "customer.subscription.deleted"]);

// Invoices that deliver a cycle of goods; a proration invoice of an immediate change does not.
const ORDER_MAKING_REASONS = new Set(["subscription_create", "subscription_cycle"]);

/**
 * Applies a Stripe Billing event to this site's subscriptions. Stripe's events may come late and
 * out of order, so the subscription is read fresh from Stripe and the local record made to match
 * it, whichever event arrived; a paid invoice also makes its order, once per invoice.
 */
export async function applySubscriptionEvent(siteId: number, event: Stripe.Event): Promise<{ handled: boolean; paidOrderId?: number }> {
  const { stripeId, metadata, invoice } = subjectOf(event);
  if (!stripeId) return { handled: false };
  const row = await findLocalSubscription(siteId, stripeId, metadata);
  if (!row) return { handled: false };
  await syncSubscription(siteId, row, await (await billingFor(siteId)).retrieve(stripeId));

  if (event.type === "invoice.payment_failed" && row.status !== "canceled") {
    const failed = await db().subscription.updateMany({ where: { id: row.id, status: "active" }, data: { status: "past_due" } });
    if (failed.count > 0) await db().subscriptionChange.create({ data: { subscriptionId: row.id, action: "payment_failed", actor: "webhook" } });
  }
  if (event.type === "invoice.paid" && invoice && ORDER_MAKING_REASONS.has(invoice.billing_reason ?? "") && invoice.amount_paid > 0) {
    const orderId = await createRenewalOrder(siteId, row.id, { id: invoice.id, amountPaid: invoice.amount_paid, currency: invoice.currency });
    return { handled: true, paidOrderId: orderId ?? undefined };
  }
  return { handled: true };
}

function subjectOf(event: Stripe.Event) {
  if (event.type.startsWith("invoice.")) {
    const invoice = event.data.object as Stripe.Invoice;
    const details = invoice.parent?.subscription_details;
    const subscription = details?.subscription;
    return { stripeId: typeof subscription === "string" ? subscription : subscription?.id, metadata: details?.metadata, invoice };
  }
  const subscription = event.data.object as Stripe.Subscription;
  return { stripeId: subscription.id, metadata: subscription.metadata, invoice: null };
}
