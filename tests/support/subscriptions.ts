import * as listRoute from "@/app/api/storefront/[siteId]/account/subscriptions/route";
import * as oneRoute from "@/app/api/storefront/[siteId]/account/subscriptions/[subscriptionId]/route";
import { db } from "@/lib/db";
import { callRoute } from "./api";
import { createCheckoutStore, deliverStripeEvent } from "./checkout-fixtures";
import { bearer, signUp } from "./customers";
import { createProduct } from "./fixtures";
import type { FakeStripe, FakeSubscription } from "./fake-stripe";

/**
 * A Stripe-mode store selling its tee on subscription (monthly $20, every 2 weeks $12) and a mug
 * monthly, and a signed-up customer; `start` subscribes them through the API and pays the first
 * invoice (Stripe makes it active and sends invoice.paid).
 */
export async function subscriptionShop(stripe: FakeStripe) {
  const shop = await createCheckoutStore();
  const plan = (productId: number, name: string, interval: "week" | "month", intervalCount: number, price: number) =>
    db().subscriptionPlan.create({ data: { siteId: shop.siteId, productId, name, interval, intervalCount, price, currency: "USD" } });
  const monthly = await plan(shop.product.id, "Monthly", "month", 1, 2000);
  const fortnightly = await plan(shop.product.id, "Every 2 weeks", "week", 2, 1200);
  const mug = await createProduct(shop.siteId, { name: "Mug", price: 1500 });
  const mugMonthly = await plan(mug.id, "Mug monthly", "month", 1, 1500);
  const customer = await signUp(shop.siteId);

  const base = `/api/storefront/${shop.siteId}/account/subscriptions`;
  const list = (token = customer.token) => callRoute(listRoute.GET, base, { params: { siteId: String(shop.siteId) }, headers: bearer(token) });
  const create = (body: unknown, token = customer.token) => callRoute(listRoute.POST, base, { params: { siteId: String(shop.siteId) }, method: "POST", body, headers: bearer(token) });
  const get = (id: number, token = customer.token) => callRoute(oneRoute.GET, `${base}/${id}`, { params: { siteId: String(shop.siteId), subscriptionId: String(id) }, headers: bearer(token) });
  const act = (id: number, body: unknown, token = customer.token) =>
    callRoute(oneRoute.POST, `${base}/${id}`, { params: { siteId: String(shop.siteId), subscriptionId: String(id) }, method: "POST", body, headers: bearer(token) });

  /** Stripe's subscription behind a local one. */
  const remote = async (id: number): Promise<FakeSubscription> => {
    const row = await db().subscription.findUniqueOrThrow({ where: { id }, select: { stripeSubscriptionId: true } });
    return stripe.subscriptions.get(row.stripeSubscriptionId!)!;
  };
  const invoiceEvent = (type: "invoice.paid" | "invoice.payment_failed", sub: FakeSubscription, invoice: { id?: string; reason?: string; amount?: number } = {}) => ({
    type,
    object: {
      id: invoice.id ?? sub.latest_invoice,
      object: "invoice",
      billing_reason: invoice.reason ?? "subscription_create",
      amount_paid: type === "invoice.paid" ? (invoice.amount ?? 2000) : 0,
      currency: "usd",
      parent: { type: "subscription_details", subscription_details: { subscription: sub.id, metadata: sub.metadata } },
    },
  });
  const deliver = (event: { id?: string; type: string; object: Record<string, unknown> }) => deliverStripeEvent(shop.siteId, event);

  /** Subscribes and pays the first invoice; answers the local subscription's id. */
  const start = async (planId = monthly.id, quantity = 1) => {
    const started = await create({ planId, quantity });
    if (started.status !== 201) throw new Error(`POST /account/subscriptions answered ${started.status}: ${started.text}`);
    const id = started.body.data.subscription.id as number;
    const sub = await remote(id);
    sub.status = "active";
    await deliver(invoiceEvent("invoice.paid", sub, { amount: 2000 * quantity }));
    return id;
  };

  /** Stripe rolls the subscription into its next period and charges it. */
  const renew = async (id: number, invoice: { id: string; amount?: number }) => {
    const sub = await remote(id);
    for (const item of sub.items.data) item.current_period_end += 30 * 86_400;
    return deliver(invoiceEvent("invoice.paid", sub, { ...invoice, reason: "subscription_cycle" }));
  };

  return { shop, customer, monthly, fortnightly, mugMonthly, list, create, get, act, remote, invoiceEvent, deliver, start, renew };
}
