import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { subscribe } from "@/app/shop/[tenant]/store/products/[slug]/actions";
import { db } from "@/lib/db";
import { offeredPlans } from "@/lib/subscriptions/subscriptions";
import { createCheckoutStore } from "../support/checkout-fixtures";
import { signUp } from "../support/customers";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";

// The product page's "Subscribe & save": which plans it offers, and its server action. Who is
// signed in comes from the shop's session cookie, stood in for here.
const signedIn = vi.hoisted(() => ({ customer: null as { sessionId: number; customerId: number } | null }));
vi.mock("@/lib/customers/shop-session", () => ({ currentShopCustomer: async () => signedIn.customer }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "shop.example", "x-forwarded-proto": "https" }) }));

let stripe: FakeStripe;
beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_URL = stripe.url;
});
afterAll(() => stripe.close());
beforeEach(() => {
  signedIn.customer = null;
});

async function shopWithPlan(options: { stripe?: boolean } = {}) {
  const shop = await createCheckoutStore(options);
  const plan = await db().subscriptionPlan.create({ data: { siteId: shop.siteId, productId: shop.product.id, name: "Monthly", interval: "month", price: 2000, currency: "USD" } });
  const customer = await signUp(shop.siteId);
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    return data;
  };
  const run = (fields: Record<string, string>) => subscribe(String(shop.siteId), shop.product.slug, { status: "idle" }, form(fields));
  return { ...shop, plan, customer, run, signIn: () => (signedIn.customer = { sessionId: 0, customerId: customer.id }) };
}

/** Where a server action's redirect() sends the browser. */
async function redirectOf(action: Promise<unknown>): Promise<string> {
  const thrown = await action.then(
    () => expect.unreachable("no redirect"),
    (error: { digest?: string }) => error,
  );
  return thrown.digest!.split(";")[2];
}

describe("the plans a product page offers", () => {
  it("are the product's active plans when the store sells through Stripe, and none in demo mode", async () => {
    const withStripe = await shopWithPlan();
    await db().subscriptionPlan.create({ data: { siteId: withStripe.siteId, productId: withStripe.product.id, name: "Old", interval: "week", price: 500, currency: "USD", active: false } });
    expect((await offeredPlans(withStripe.siteId, withStripe.product.id)).map((p) => p.name)).toEqual(["Monthly"]);
    const demo = await shopWithPlan({ stripe: false });
    expect(await offeredPlans(demo.siteId, demo.product.id)).toEqual([]);
  });
});

describe("subscribing from the product page", () => {
  it("sends a signed-out shopper to sign in and back to the product", async () => {
    const shop = await shopWithPlan();
    const to = await redirectOf(shop.run({ planId: String(shop.plan.id), quantity: "1" }));
    expect(to).toBe(`/s/${shop.siteId}/store/account/sign-in?next=${encodeURIComponent(`/s/${shop.siteId}/store/products/${shop.product.slug}`)}`);
    expect(await db().subscription.count({ where: { siteId: shop.siteId } })).toBe(0);
  });

  it("starts the subscription and answers what Stripe.js needs, returning to the subscription's page", async () => {
    const shop = await shopWithPlan();
    shop.signIn();
    const state = await shop.run({ planId: String(shop.plan.id), quantity: "2" });
    const row = await db().subscription.findFirstOrThrow({ where: { siteId: shop.siteId, customerId: shop.customer.id }, select: { id: true, quantity: true, status: true } });
    expect(row).toMatchObject({ quantity: 2, status: "incomplete" });
    expect(state).toEqual({
      status: "started",
      clientSecret: expect.stringMatching(/_secret_/),
      publishableKey: "pk_test_fake",
      returnUrl: `https://shop.example/s/${shop.siteId}/store/account/subscriptions/${row.id}`,
    });
  });

  it("says so when the plan was withdrawn after the page was cached, or Stripe fails, and starts nothing", async () => {
    const shop = await shopWithPlan();
    shop.signIn();
    await db().subscriptionPlan.update({ where: { id: shop.plan.id }, data: { active: false } });
    expect(await shop.run({ planId: String(shop.plan.id), quantity: "1" })).toEqual({ status: "error", message: "This plan is no longer offered. Please reload the page to see the current plans." });

    await db().subscriptionPlan.update({ where: { id: shop.plan.id }, data: { active: true } });
    stripe.failNextBillingCalls(3); // the Stripe client tries each call three times
    expect(await shop.run({ planId: String(shop.plan.id), quantity: "1" })).toEqual({ status: "error", message: "Stripe could not make this change, so nothing changed. Please try again." });
    expect(await shop.run({ planId: String(shop.plan.id), quantity: "0" })).toEqual({ status: "error", message: "Quantity must be a whole number from 1 to 99" });
    expect(await db().subscription.count({ where: { siteId: shop.siteId, status: { not: "canceled" } } })).toBe(0);
  });

  it("refuses in demo mode, where no plan is offered", async () => {
    const shop = await shopWithPlan({ stripe: false });
    shop.signIn();
    expect(await shop.run({ planId: String(shop.plan.id), quantity: "1" })).toEqual({ status: "error", message: "This store does not sell subscriptions" });
  });
});
