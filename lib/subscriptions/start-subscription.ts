import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { billingFor, type Billing } from "./billing";
import { callStripe } from "./call-stripe";
import { CHANGE_LEASE_MS } from "./change-subscription";
import { activePlan, stripePriceOf } from "./plans";
import { findLocalSubscription, localStatus, syncSubscription } from "./sync-subscription";
import { subscriptionSelect, subscriptionView } from "./subscriptions";

/** Stripe lets a subscription whose first invoice is unpaid expire after 23 hours; a new start lets ours go then too. */
const ABANDONED_AFTER_MS = 23 * 60 * 60_000;

/** How long a second start waits for the first one's answer from Stripe before answering 409. */
const SETUP_WAIT_MS = 5_000;
const SETUP_POLL_MS = 100;

type Setup = { siteId: number; billing: Billing; stripeCustomerId: string; priceId: string; quantity: number };

const pendingSelect = { id: true, quantity: true, stripeSubscriptionId: true, createdAt: true } as const;
type Pending = Prisma.SubscriptionGetPayload<{ select: typeof pendingSelect }>;

/**
 * POST /account/subscriptions: starts a subscription to a plan. Stripe makes it with its first
 * invoice open (payment_behavior default_incomplete); the customer pays that with Stripe.js using
 * the client secret answered here, and invoice.paid makes it active with its first order. The
 * local row exists before Stripe is called, so Stripe's subscription carries its id and a lost
 * answer is still matched by the webhooks.
 *
 * A customer has one incomplete subscription per plan at most (a partial unique index), so a
 * doubled start (a double click, a retry) answers the pending one with its invoice's client
 * secret instead of making another: `created` is false then. While the first start still waits
 * for Stripe the second waits with it, briefly. One left unpaid for 23 hours is let go and a new
 * one started.
 */
export async function startSubscription(siteId: number, customerId: number, input: { planId: number; quantity: number }) {
  const plan = await activePlan(siteId, input.planId);
  const billing = await billingFor(siteId);
  const priceId = await callStripe(() => stripePriceOf(billing, plan));
  const stripeCustomerId = await callStripe(() => stripeCustomerOf(billing, siteId, customerId));
  const setup: Setup = { siteId, billing, stripeCustomerId, priceId, quantity: input.quantity };

  const deadline = Date.now() + SETUP_WAIT_MS;
  for (;;) {
    if (Date.now() > deadline) throw new ApiError("subscription_change_in_progress", "This subscription is still being started; try again in a moment");
    const created = await createPending(siteId, customerId, plan.id, input.quantity);
    if (created) return { started: await setUp(setup, created.id), created: true };
    const pending = await db().subscription.findFirst({ where: { siteId, customerId, planId: plan.id, status: "incomplete" }, select: pendingSelect });
    // Paid or closed since the insert was refused: start anew.
    if (!pending) continue;
    if (pending.createdAt.getTime() < Date.now() - ABANDONED_AFTER_MS) {
      await letGo(setup, pending);
      continue;
    }
    if (pending.quantity !== input.quantity) {
      throw new ApiError("subscription_action_not_allowed", `A subscription to this plan for ${pending.quantity} is waiting for its first payment: pay it, or cancel it before starting another`);
    }
    if (pending.stripeSubscriptionId) return { started: await answerPending(billing, pending.id, pending.stripeSubscriptionId), created: false };
    // Its start died before Stripe answered: finish it under the same Idempotency-Key, which
    // answers the subscription Stripe made then, if it did.
    if (await claimSetup(pending.id)) return { started: await setUp(setup, pending.id), created: false };
    await sleep(SETUP_POLL_MS);
  }
}

/** A new incomplete subscription, claimed for its setup at Stripe; null when one is pending already. */
async function createPending(siteId: number, customerId: number, planId: number, quantity: number) {
  try {
    return await db().subscription.create({
      data: { siteId, customerId, planId, quantity, changeStartedAt: new Date(), changes: { create: { action: "start", actor: "customer" } } },
      select: { id: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  }
}

/** Takes over the setup of a pending subscription whose starter has held it past the lease (it crashed). */
async function claimSetup(id: number) {
  const now = new Date();
  const claimed = await db().subscription.updateMany({
    where: { id, status: "incomplete", stripeSubscriptionId: null, OR: [{ changeStartedAt: null }, { changeStartedAt: { lt: new Date(now.getTime() - CHANGE_LEASE_MS) } }] },
    data: { changeStartedAt: now },
  });
  return claimed.count > 0;
}

/** Makes the local subscription at Stripe (once per local id, whoever asks) and records the answer. */
async function setUp({ billing, stripeCustomerId, priceId, quantity }: Setup, localId: number) {
  let started;
  try {
    started = await callStripe(() => billing.createSubscription({ localId, stripeCustomerId, priceId, quantity }));
  } catch (error) {
    await db().subscription.update({ where: { id: localId }, data: { status: "canceled", canceledAt: new Date(), cancelReason: "Stripe could not start it", changeStartedAt: null } });
    throw error;
  }
  const row = await db().subscription.update({
    where: { id: localId },
    data: { stripeSubscriptionId: started.id, status: localStatus(started), currentPeriodEnd: started.currentPeriodEnd, changeStartedAt: null },
    select: subscriptionSelect,
  });
  return { subscription: subscriptionView(row), clientSecret: started.clientSecret, publishableKey: billing.publishableKey };
}

/** The pending subscription as its first start answered it, its invoice's client secret read again from Stripe. */
async function answerPending(billing: Billing, id: number, stripeSubscriptionId: string) {
  const clientSecret = await callStripe(() => billing.clientSecretOf(stripeSubscriptionId));
  const row = await db().subscription.findUniqueOrThrow({ where: { id }, select: subscriptionSelect });
  return { subscription: subscriptionView(row), clientSecret, publishableKey: billing.publishableKey };
}

/**
 * Closes a subscription left unpaid: at Stripe if it is still incomplete there, and here as
 * Stripe has it (it may have been paid with its webhook lost, and is then active, not closed).
 */
async function letGo({ siteId, billing }: Setup, pending: Pending) {
  const stripeId = pending.stripeSubscriptionId;
  if (!stripeId) {
    const closed = await db().subscription.updateMany({
      where: { id: pending.id, status: "incomplete", stripeSubscriptionId: null },
      data: { status: "canceled", canceledAt: new Date(), cancelReason: "Never reached Stripe", changeStartedAt: null },
    });
    if (closed.count > 0) await db().subscriptionChange.create({ data: { subscriptionId: pending.id, action: "cancel", actor: "customer" } });
    return;
  }
  let remote = await callStripe(() => billing.retrieve(stripeId));
  if (remote.status === "incomplete") remote = await callStripe(() => billing.cancelNow(stripeId));
  const row = await findLocalSubscription(siteId, stripeId, null);
  if (row) await syncSubscription(siteId, row, remote, "customer");
}

/** The customer's Stripe customer, made once; a concurrent first subscription keeps the one stored first. */
async function stripeCustomerOf(billing: Billing, siteId: number, customerId: number) {
  const customer = await db().customer.findFirstOrThrow({ where: { id: customerId, siteId }, select: { email: true, stripeCustomerId: true } });
  if (customer.stripeCustomerId) return customer.stripeCustomerId;
  const created = await billing.createCustomer({ id: customerId, email: customer.email });
  await db().customer.updateMany({ where: { id: customerId, stripeCustomerId: null }, data: { stripeCustomerId: created } });
  return (await db().customer.findUniqueOrThrow({ where: { id: customerId }, select: { stripeCustomerId: true } })).stripeCustomerId ?? created;
}
