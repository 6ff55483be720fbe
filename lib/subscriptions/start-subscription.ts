import { db } from "@/lib/db";
import { billingFor, type Billing } from "./billing";
import { callStripe } from "./call-stripe";
import { activePlan, stripePriceOf } from "./plans";
import { localStatus } from "./sync-subscription";
import { subscriptionSelect, subscriptionView } from "./subscriptions";

/**
 * POST /account/subscriptions: starts a subscription to a plan. Stripe makes it with its first
 * invoice open (payment_behavior default_incomplete); the customer pays that with Stripe.js using
 * the client secret answered here, and invoice.paid makes it active with its first order. The
 * local row exists before Stripe is called, so Stripe's subscription carries its id and a lost
 * answer is still matched by the webhooks.
 */
export async function startSubscription(siteId: number, customerId: number, input: { planId: number; quantity: number }) {
  const plan = await activePlan(siteId, input.planId);
  const billing = await billingFor(siteId);
  const priceId = await callStripe(() => stripePriceOf(billing, plan));
  const stripeCustomerId = await callStripe(() => stripeCustomerOf(billing, siteId, customerId));
  const local = await db().subscription.create({ data: { siteId, customerId, planId: plan.id, quantity: input.quantity, changes: { create: { action: "start", actor: "customer" } } }, select: { id: true } });
  let started;
  try {
    started = await callStripe(() => billing.createSubscription({ localId: local.id, stripeCustomerId, priceId, quantity: input.quantity }));
  } catch (error) {
    await db().subscription.update({ where: { id: local.id }, data: { status: "canceled", canceledAt: new Date(), cancelReason: "Stripe could not start it" } });
    throw error;
  }
  const row = await db().subscription.update({
    where: { id: local.id },
    data: { stripeSubscriptionId: started.id, status: localStatus(started), currentPeriodEnd: started.currentPeriodEnd },
    select: subscriptionSelect,
  });
  return { subscription: subscriptionView(row), clientSecret: started.clientSecret, publishableKey: billing.publishableKey };
}

/** The customer's Stripe customer, made once; a concurrent first subscription keeps the one stored first. */
async function stripeCustomerOf(billing: Billing, siteId: number, customerId: number) {
  const customer = await db().customer.findFirstOrThrow({ where: { id: customerId, siteId }, select: { email: true, stripeCustomerId: true } });
  if (customer.stripeCustomerId) return customer.stripeCustomerId;
  const created = await billing.createCustomer({ id: customerId, email: customer.email });
  await db().customer.updateMany({ where: { id: customerId, stripeCustomerId: null }, data: { stripeCustomerId: created } });
  return (await db().customer.findUniqueOrThrow({ where: { id: customerId }, select: { stripeCustomerId: true } })).stripeCustomerId ?? created;
}
