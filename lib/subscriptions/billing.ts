import type Stripe from "stripe";
import { ApiError } from "@/lib/api/errors";
import { paymentSettings } from "@/lib/payments/payment-settings";
import { stripeClient } from "@/lib/payments/stripe-client";

/** A Stripe subscription as the local record needs it. */
export type BillingSubscription = {
  id: string;
  status: Stripe.Subscription.Status;
  priceId: string | null;
  quantity: number;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  /** When collection is paused: until when (null: until resumed). Undefined: not paused. */
  pausedUntil: Date | null | undefined;
  /** The client secret of the first invoice's payment, for Stripe.js; null once nothing is due. */
  clientSecret: string | null;
};

/**
 * The store's Stripe Billing, with its own keys. Subscriptions need a real Stripe account: a store
 * without keys sells none (demo payments have no recurring charges to make).
 */
export async function billingFor(siteId: number) {
  const store = await paymentSettings(siteId);
  if (!store?.stripeSecretKey) throw new ApiError("subscriptions_disabled", "This store does not sell subscriptions");
  const stripe = stripeClient(store.stripeSecretKey);
  const firstItem = async (subscriptionId: string) => {
    const item = (await stripe.subscriptions.retrieve(subscriptionId)).items.data[0];
    if (!item) throw new Error(`Stripe subscription ${subscriptionId} has no item`);
    return item;
  };
  return {
    publishableKey: store.stripePublishableKey,

    /** A recurring Price for a plan; one per plan and price, however often it is asked for. */
    async createPrice(plan: { id: number; name: string; price: number; currency: string; interval: "week" | "month" | "year"; intervalCount: number }) {
      const price = await stripe.prices.create(
        {
          unit_amount: plan.price,
          currency: plan.currency.toLowerCase(),
          recurring: { interval: plan.interval, interval_count: plan.intervalCount },
          product_data: { name: plan.name },
          metadata: { siteId: String(siteId), planId: String(plan.id) },
        },
        { idempotencyKey: `plan-price-${siteId}-${plan.id}-${plan.price}` },
      );
      return price.id;
    },

    async createCustomer(customer: { id: number; email: string }) {
      const created = await stripe.customers.create(
        { email: customer.email, metadata: { siteId: String(siteId), customerId: String(customer.id) } },
        { idempotencyKey: `customer-${siteId}-${customer.id}` },
      );
      return created.id;
    },

    /** Starts a subscription whose first invoice waits for the customer's payment (Stripe.js). */
    async createSubscription(input: { localId: number; stripeCustomerId: string; priceId: string; quantity: number }) {
      const subscription = await stripe.subscriptions.create(
        {
          customer: input.stripeCustomerId,
          items: [{ price: input.priceId, quantity: input.quantity }],
          payment_behavior: "default_incomplete",
          payment_settings: { save_default_payment_method: "on_subscription" },
          metadata: { siteId: String(siteId), subscriptionId: String(input.localId) },
          expand: ["latest_invoice.confirmation_secret"],
        },
        // One local subscription, one at Stripe, however often the start is retried.
        { idempotencyKey: `subscription-${siteId}-${input.localId}` },
      );
      return billingSubscription(subscription);
    },

    /**
     * Stops charging (behavior void: no invoice is collected) until `until`, or until resumed when
     * null; `false` charges again.
     */
    async pauseCollection(subscriptionId: string, until: Date | null | false) {
      const pause_collection = until === false ? "" : { behavior: "void" as const, ...(until ? { resumes_at: Math.floor(until.getTime() / 1000) } : {}) };
      return billingSubscription(await stripe.subscriptions.update(subscriptionId, { pause_collection }));
    },

    /**
     * A new price or quantity: now, with the difference invoiced at once, or from the next cycle
     * (no proration: the period already paid stays as it was, the next invoice bills the change).
     */
    async changeItem(subscriptionId: string, change: { priceId?: string; quantity?: number; immediate: boolean }) {
      const item = await firstItem(subscriptionId);
      const updated = await stripe.subscriptions.update(subscriptionId, {
        items: [{ id: item.id, ...(change.priceId ? { price: change.priceId } : {}), ...(change.quantity ? { quantity: change.quantity } : {}) }],
        proration_behavior: change.immediate ? "always_invoice" : "none",
      });
      return billingSubscription(updated);
    },

    retrieve: async (subscriptionId: string) => billingSubscription(await stripe.subscriptions.retrieve(subscriptionId)),

    /** The client secret of the subscription's latest invoice, for a start answered again; null once nothing is due. */
    async clientSecretOf(subscriptionId: string) {
      return billingSubscription(await stripe.subscriptions.retrieve(subscriptionId, { expand: ["latest_invoice.confirmation_secret"] })).clientSecret;
    },

    /** Charges again: no pause, no skipped cycle, no cancellation at the period's end. */
    async resume(subscriptionId: string) {
      return billingSubscription(await stripe.subscriptions.update(subscriptionId, { pause_collection: "", cancel_at_period_end: false }));
    },

    async setCancelAtPeriodEnd(subscriptionId: string, cancel: boolean) {
      return billingSubscription(await stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: cancel }));
    },

    async cancelNow(subscriptionId: string) {
      return billingSubscription(await stripe.subscriptions.cancel(subscriptionId));
    },
  };
}

export type Billing = Awaited<ReturnType<typeof billingFor>>;

/** The parts of a Stripe subscription (from the API or a webhook) the local record follows. */
export function billingSubscription(subscription: Stripe.Subscription): BillingSubscription {
  const item = subscription.items?.data?.[0];
  const invoice = typeof subscription.latest_invoice === "object" ? subscription.latest_invoice : null;
  const pause = subscription.pause_collection;
  return {
    id: subscription.id,
    status: subscription.status,
    priceId: item?.price?.id ?? null,
    quantity: item?.quantity ?? 1,
    currentPeriodEnd: item?.current_period_end ? new Date(item.current_period_end * 1000) : null,
    cancelAtPeriodEnd: Boolean(subscription.cancel_at_period_end),
    pausedUntil: pause ? (pause.resumes_at ? new Date(pause.resumes_at * 1000) : null) : undefined,
    clientSecret: invoice?.confirmation_secret?.client_secret ?? null,
  };
}
