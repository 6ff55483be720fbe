import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { addInterval } from "@/lib/subscriptions/subscription-rules";
import { startedSubscriptionSchema, subscriptionDetailSchema, subscriptionSchema } from "@/lib/subscriptions/schemas";
import { createCheckoutStore } from "../support/checkout-fixtures";
import { signUp } from "../support/customers";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";
import { subscriptionShop } from "../support/subscriptions";

let stripe: FakeStripe;
beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_URL = stripe.url;
});
afterAll(() => stripe.close());

const billingRequests = (path: string) => stripe.requests.filter((r) => r.method === "POST" && r.path === path);

describe("POST /account/subscriptions", () => {
  it("starts a subscription with its first invoice open, and invoice.paid makes it active with its first order", async () => {
    const world = await subscriptionShop(stripe);
    const prices = billingRequests("/v1/prices").length;
    const started = await world.create({ planId: world.monthly.id, quantity: 2 });
    expect(started.status).toBe(201);
    const data = startedSubscriptionSchema.strict().parse(started.body.data);
    expect(data).toMatchObject({ publishableKey: "pk_test_fake", subscription: { status: "incomplete", quantity: 2, amountPerCycle: 4000, plan: { id: world.monthly.id, interval: "month" } } });
    expect(data.clientSecret).toMatch(/_secret_/);
    const created = billingRequests("/v1/subscriptions").at(-1)!;
    expect(created.form.get("payment_behavior")).toBe("default_incomplete");
    expect(created.form.get("items[0][quantity]")).toBe("2");
    expect(created.form.get("metadata[subscriptionId]")).toBe(String(data.subscription.id));

    const sub = await world.remote(data.subscription.id);
    sub.status = "active";
    const paid = await world.deliver(world.invoiceEvent("invoice.paid", sub, { amount: 4000 }));
    expect(paid.body.data).toMatchObject({ handled: true, paidOrderId: expect.any(Number) });
    const detail = subscriptionDetailSchema.strict().parse((await world.get(data.subscription.id)).body.data);
    expect(detail).toMatchObject({ status: "active", orders: [{ total: 4000 }] });
    const order = await db().order.findUniqueOrThrow({ where: { id: paid.body.data.paidOrderId }, include: { items: true } });
    expect(order).toMatchObject({ status: "paid", paymentStatus: "paid", customerId: world.customer.id, subscriptionId: data.subscription.id, total: 4000, currency: "USD" });
    expect(order.items).toEqual([expect.objectContaining({ productName: "Classic Crew Tee", variantName: "Monthly", quantity: 2, total: 4000 })]);

    // The plan's Stripe price and the Stripe customer are made once.
    await world.start(world.monthly.id);
    expect(billingRequests("/v1/prices").length - prices).toBe(1);
    expect(billingRequests("/v1/customers").filter((r) => r.form.get("metadata[customerId]") === String(world.customer.id))).toHaveLength(1);
  });

  it("refuses an unknown plan, another store's plan, a bad quantity and a store without Stripe", async () => {
    const world = await subscriptionShop(stripe);
    const other = await subscriptionShop(stripe);
    expect((await world.create({ planId: other.monthly.id })).body).toMatchObject({ errorCode: "validation_error", message: "planId: no such plan on sale in this store" });
    expect((await world.create({ planId: 2_000_000_000 })).status).toBe(400);
    expect((await world.create({ planId: world.monthly.id, quantity: 0 })).body.message).toBe("quantity must be a whole number from 1 to 99");
    expect((await world.create({})).body.message).toBe("planId must be a positive integer");

    const demo = await createCheckoutStore({ stripe: false });
    const plan = await db().subscriptionPlan.create({ data: { siteId: demo.siteId, productId: demo.product.id, name: "Monthly", interval: "month", price: 1000, currency: "USD" } });
    const customer = await signUp(demo.siteId);
    const { POST } = await import("@/app/api/storefront/[siteId]/account/subscriptions/route");
    const { callRoute } = await import("../support/api");
    const refused = await callRoute(POST, `/api/storefront/${demo.siteId}/account/subscriptions`, { params: { siteId: String(demo.siteId) }, method: "POST", body: { planId: plan.id }, headers: { authorization: `Bearer ${customer.token}` } });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ errorCode: "subscriptions_disabled", message: "This store does not sell subscriptions" });
  });

  it("answers 502 when Stripe fails, and leaves no live subscription", async () => {
    const world = await subscriptionShop(stripe);
    await world.start(); // the price and customer exist; the subscription call is the one to fail
    stripe.failNextBillingCalls(3);
    const failed = await world.create({ planId: world.monthly.id });
    expect(failed.body).toMatchObject({ errorCode: "payment_provider_error" });
    expect((await world.list()).body.data.map((s: { status: string }) => s.status)).toEqual(["canceled", "active"]);
  });
});

describe("POST /account/subscriptions, repeated", () => {
  it(`five starts at once (${inject("databaseKind")}) make one subscription here and at Stripe, and each is answered with it`, async () => {
    const world = await subscriptionShop(stripe);
    const answers = await Promise.all(Array.from({ length: 5 }, () => world.create({ planId: world.monthly.id, quantity: 2 })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201]);
    const rows = await db().subscription.findMany({ where: { customerId: world.customer.id } });
    expect(rows).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body.data.subscription.id))).toEqual(new Set([rows[0].id]));
    expect(new Set(answers.map((a) => a.body.data.clientSecret))).toEqual(new Set([expect.stringMatching(/_secret_/)]));
    const made = billingRequests("/v1/subscriptions").filter((r) => r.form.get("metadata[subscriptionId]") === String(rows[0].id));
    expect(made).toHaveLength(1);
    expect(made[0].idempotencyKey).toBe(`subscription-${world.shop.siteId}-${rows[0].id}`);
    expect([...stripe.subscriptions.values()].filter((s) => s.metadata.subscriptionId === String(rows[0].id))).toHaveLength(1);
    expect((await world.get(rows[0].id)).body.data.history).toEqual([expect.objectContaining({ action: "start" })]);
  });

  it("a start made while the first still waits for Stripe waits for it; one for another quantity is refused; once paid, a start makes a new one", async () => {
    const world = await subscriptionShop(stripe);
    await world.start(world.fortnightly.id); // the price and customer exist; only the subscription call is held
    const release = stripe.pauseSubscriptionStarts();
    const arrived = stripe.nextRequest("POST", "/v1/subscriptions");
    const first = world.create({ planId: world.monthly.id });
    await arrived;
    const second = world.create({ planId: world.monthly.id });
    const other = await world.create({ planId: world.monthly.id, quantity: 3 });
    expect(other.body).toMatchObject({ errorCode: "subscription_action_not_allowed", message: "A subscription to this plan for 1 is waiting for its first payment: pay it, or cancel it before starting another" });
    release();
    const [a, b] = [await first, await second];
    expect([a.status, b.status]).toEqual([201, 200]);
    expect(b.body.data).toEqual(a.body.data);

    const sub = await world.remote(a.body.data.subscription.id);
    sub.status = "active";
    await world.deliver(world.invoiceEvent("invoice.paid", sub));
    const again = await world.create({ planId: world.monthly.id });
    expect(again.status).toBe(201);
    expect(again.body.data.subscription.id).not.toBe(a.body.data.subscription.id);
  });

  it("a pending subscription left unpaid for 23 hours is canceled here and at Stripe, and a new one started", async () => {
    const world = await subscriptionShop(stripe);
    const first = await world.create({ planId: world.monthly.id });
    const oldId = first.body.data.subscription.id;
    await db().subscription.update({ where: { id: oldId }, data: { createdAt: new Date(Date.now() - 23 * 3_600_000 - 60_000) } });
    const fresh = await world.create({ planId: world.monthly.id });
    expect(fresh.status).toBe(201);
    expect(fresh.body.data.subscription.id).not.toBe(oldId);
    expect((await world.remote(oldId)).status).toBe("canceled");
    expect((await world.get(oldId)).body.data).toMatchObject({ status: "canceled", history: [expect.objectContaining({ action: "start" }), expect.objectContaining({ action: "cancel", actor: "customer" })] });
  });

  it("finishes a start that died before Stripe answered, under its own Idempotency-Key, once its lease is over", async () => {
    const world = await subscriptionShop(stripe);
    await world.start(world.fortnightly.id);
    // A start that crashed after its row and before Stripe's answer was stored.
    const stuck = await db().subscription.create({ data: { siteId: world.shop.siteId, customerId: world.customer.id, planId: world.monthly.id, quantity: 1, changeStartedAt: new Date(Date.now() - 3 * 60_000) } });
    const finished = await world.create({ planId: world.monthly.id });
    expect(finished.status).toBe(200);
    expect(finished.body.data).toMatchObject({ subscription: { id: stuck.id, status: "incomplete" }, clientSecret: expect.stringMatching(/_secret_/) });
    expect(billingRequests("/v1/subscriptions").at(-1)!.idempotencyKey).toBe(`subscription-${world.shop.siteId}-${stuck.id}`);
    expect(await db().subscription.findUniqueOrThrow({ where: { id: stuck.id } })).toMatchObject({ stripeSubscriptionId: expect.any(String), changeStartedAt: null });
  });
});

describe("GET /account/subscriptions", () => {
  it("lists the customer's own subscriptions newest first, and shows one with its history; another customer's is not found", async () => {
    const world = await subscriptionShop(stripe);
    const first = await world.start(world.monthly.id);
    const second = await world.start(world.fortnightly.id);
    const listed = await world.list();
    expect(listed.status).toBe(200);
    for (const s of listed.body.data) subscriptionSchema.strict().parse(s);
    expect(listed.body.data.map((s: { id: number }) => s.id)).toEqual([second, first]);
    expect((await world.get(first)).body.data.history).toEqual([expect.objectContaining({ action: "start", actor: "customer" })]);

    const stranger = await signUp(world.shop.siteId);
    expect((await world.list(stranger.token)).body.data).toEqual([]);
    expect((await world.get(first, stranger.token)).body).toMatchObject({ errorCode: "not_found", message: "Subscription not found" });
    expect((await world.get(first, "")).status).toBe(401);
  });
});

describe("POST /account/subscriptions/{id}", () => {
  it("pauses and resumes; pausing twice or resuming an active one is refused", async () => {
    const world = await subscriptionShop(stripe);
    const id = await world.start();
    const paused = await world.act(id, { action: "pause", reason: "Travelling for two months" });
    expect(paused.status).toBe(200);
    expect(subscriptionDetailSchema.strict().parse(paused.body.data)).toMatchObject({ status: "paused", pausedAt: expect.any(String) });
    expect((await world.remote(id)).pause_collection).toEqual({ behavior: "void", resumes_at: null });
    expect((await world.act(id, { action: "pause" })).body).toMatchObject({ errorCode: "subscription_action_not_allowed", message: "This subscription is paused already" });

    const resumed = await world.act(id, { action: "resume" });
    expect(resumed.body.data).toMatchObject({ status: "active", pausedAt: null });
    expect((await world.remote(id)).pause_collection).toBeNull();
    const again = await world.act(id, { action: "resume" });
    expect(again.status).toBe(409);
    expect(again.body.errorCode).toBe("subscription_action_not_allowed");
    expect(resumed.body.data.history.map((h: { action: string; reason: string | null }) => [h.action, h.reason])).toEqual([
      ["start", null],
      ["pause", "Travelling for two months"],
      ["resume", null],
    ]);
  });

  it("skips the next cycle: nothing is collected until just before the renewal after it; once only", async () => {
    const world = await subscriptionShop(stripe);
    const id = await world.start();
    const periodEnd = new Date((await world.get(id)).body.data.currentPeriodEnd);
    const skipped = await world.act(id, { action: "skip-cycle", reason: "Still have plenty" });
    const expected = new Date(addInterval(periodEnd, "month", 1).getTime() - 3_600_000);
    expect(skipped.body.data).toMatchObject({ status: "active", skippedUntil: expected.toISOString() });
    expect((await world.remote(id)).pause_collection).toEqual({ behavior: "void", resumes_at: Math.floor(expected.getTime() / 1000) });
    expect((await world.act(id, { action: "skip-cycle" })).body.message).toBe("The next cycle is skipped already");
    expect((await world.act(id, { action: "resume" })).body.data.skippedUntil).toBeNull();
  });

  it("changes the plan from the next cycle (the renewal applies it), or now with the difference invoiced", async () => {
    const world = await subscriptionShop(stripe);
    const id = await world.start();
    const next = await world.act(id, { action: "change-plan", planId: world.fortnightly.id });
    expect(next.body.data).toMatchObject({ plan: { id: world.monthly.id }, pendingChange: { plan: { id: world.fortnightly.id }, quantity: null } });
    const sub = await world.remote(id);
    const fortnightlyPrice = (await db().subscriptionPlan.findUniqueOrThrow({ where: { id: world.fortnightly.id } })).stripePriceId;
    expect(sub.items.data[0].price.id).toBe(fortnightlyPrice);
    expect(sub.prorations).toEqual(["none"]);
    expect((await world.act(id, { action: "change-plan", planId: world.fortnightly.id })).body.message).toBe("The subscription is on this plan already");

    await world.renew(id, { id: `in_${randomUUID()}`, amount: 1200 });
    expect((await world.get(id)).body.data).toMatchObject({ plan: { id: world.fortnightly.id }, pendingChange: null, amountPerCycle: 1200 });

    const now = await world.act(id, { action: "change-plan", planId: world.monthly.id, effective: "immediate" });
    expect(now.body.data).toMatchObject({ plan: { id: world.monthly.id }, pendingChange: null });
    expect((await world.remote(id)).prorations).toEqual(["none", "always_invoice"]);
    expect((await world.act(id, { action: "change-plan", planId: world.mugMonthly.id })).body).toMatchObject({
      errorCode: "validation_error",
      message: "planId: the new plan must be a plan of the same product, in the same currency",
    });
  });

  it("changes the quantity from the next cycle or now; asking for the current one back clears the pending change", async () => {
    const world = await subscriptionShop(stripe);
    const id = await world.start();
    expect((await world.act(id, { action: "change-quantity", quantity: 3 })).body.data).toMatchObject({ quantity: 1, pendingChange: { plan: null, quantity: 3 } });
    expect((await world.remote(id)).items.data[0].quantity).toBe(3);
    expect((await world.act(id, { action: "change-quantity", quantity: 3 })).body.message).toBe("The subscription is for 3 already");
    expect((await world.act(id, { action: "change-quantity", quantity: 1 })).body.data).toMatchObject({ quantity: 1, pendingChange: null });
    expect((await world.act(id, { action: "change-quantity", quantity: 4, effective: "immediate" })).body.data).toMatchObject({ quantity: 4, pendingChange: null, amountPerCycle: 8000 });
    expect((await world.remote(id)).prorations).toEqual(["none", "none", "always_invoice"]);
  });

  it("cancels at the period's end (resume undoes it) or now; a canceled subscription takes no action", async () => {
    const world = await subscriptionShop(stripe);
    const id = await world.start();
    const ending = await world.act(id, { action: "cancel", reason: "Too many tees" });
    expect(ending.body.data).toMatchObject({ status: "active", cancelAtPeriodEnd: true, cancelReason: "Too many tees" });
    expect((await world.remote(id)).cancel_at_period_end).toBe(true);
    expect((await world.act(id, { action: "cancel" })).body.message).toBe("This subscription ends with its current period already");
    expect((await world.act(id, { action: "pause" })).body.message).toBe("This subscription ends with its current period; resume it first");
    expect((await world.act(id, { action: "resume" })).body.data).toMatchObject({ cancelAtPeriodEnd: false, cancelReason: null });

    const canceled = await world.act(id, { action: "cancel", effective: "immediate", reason: "Moving abroad" });
    expect(canceled.body.data).toMatchObject({ status: "canceled", canceledAt: expect.any(String), cancelReason: "Moving abroad" });
    expect((await world.remote(id)).status).toBe("canceled");
    for (const action of [{ action: "resume" }, { action: "cancel", effective: "immediate" }, { action: "change-quantity", quantity: 2 }]) {
      expect((await world.act(id, action)).body).toMatchObject({ errorCode: "subscription_action_not_allowed", message: "This subscription is canceled" });
    }
  });

  it("validates the body and names the field", async () => {
    const world = await subscriptionShop(stripe);
    const id = await world.start();
    const message = async (body: unknown) => (await world.act(id, body)).body.message;
    expect(await message({ action: "freeze" })).toBe("action must be one of pause, resume, skip-cycle, change-plan, change-quantity, cancel");
    expect(await message({ action: "change-plan" })).toBe("planId must be a positive integer");
    expect(await message({ action: "change-quantity", quantity: 100 })).toBe("quantity must be a whole number from 1 to 99");
    expect(await message({ action: "cancel", effective: "tomorrow" })).toBe("effective must be next_cycle or immediate");
    expect(await message({ action: "pause", reason: "x".repeat(501) })).toBe("reason is too long (500 characters at most)");
    expect((await world.act(id, { action: "pause" }, "")).status).toBe(401);
  });

  it("answers 404 to another customer and to a bad id, and changes nothing here or at Stripe", async () => {
    const world = await subscriptionShop(stripe);
    const id = await world.start();
    const stranger = await signUp(world.shop.siteId);
    const before = stripe.requests.length;
    const snapshot = async () => JSON.stringify(await db().subscription.findUniqueOrThrow({ where: { id }, include: { changes: true } }));
    const unchanged = await snapshot();
    for (const body of [{ action: "pause" }, { action: "cancel", effective: "immediate" }, { action: "change-quantity", quantity: 5 }]) {
      expect((await world.act(id, body, stranger.token)).body).toMatchObject({ errorCode: "not_found" });
    }
    expect(stripe.requests.length).toBe(before);
    expect(await snapshot()).toBe(unchanged);
    const { POST } = await import("@/app/api/storefront/[siteId]/account/subscriptions/[subscriptionId]/route");
    const { callRoute } = await import("../support/api");
    const bad = await callRoute(POST, `/api/storefront/${world.shop.siteId}/account/subscriptions/abc`, { params: { siteId: String(world.shop.siteId), subscriptionId: "abc" }, method: "POST", body: { action: "pause" }, headers: { authorization: `Bearer ${world.customer.token}` } });
    expect(bad.body).toMatchObject({ errorCode: "validation_error", message: "subscriptionId must be a subscription id" });
  });

  it("changes nothing when Stripe fails, and the next attempt goes through", async () => {
    const world = await subscriptionShop(stripe);
    const id = await world.start();
    stripe.failNextBillingCalls(3);
    expect((await world.act(id, { action: "pause" })).body).toMatchObject({ errorCode: "payment_provider_error" });
    expect((await world.get(id)).body.data).toMatchObject({ status: "active", history: [expect.objectContaining({ action: "start" })] });
    expect((await world.act(id, { action: "pause" })).body.data.status).toBe("paused");
  });

  it(`two changes at once (${inject("databaseKind")}): one is made, the other refused, and Stripe sees one`, async () => {
    const world = await subscriptionShop(stripe);
    const id = await world.start();
    const release = stripe.pauseSubscriptionChanges();
    const arrived = stripe.nextRequest("POST", `/v1/subscriptions/${(await world.remote(id)).id}`);
    const first = world.act(id, { action: "cancel", effective: "next_cycle" });
    await arrived;
    const second = await world.act(id, { action: "change-quantity", quantity: 5 });
    release();
    expect((await first).body.data).toMatchObject({ cancelAtPeriodEnd: true, quantity: 1, pendingChange: null });
    expect(second.body).toMatchObject({ errorCode: "subscription_change_in_progress" });
    expect((await world.remote(id)).items.data[0].quantity).toBe(1);
    const raced = await Promise.all([world.act(id, { action: "resume" }), world.act(id, { action: "resume" })]);
    expect(raced.map((r) => r.status).sort()).toEqual([200, 409]);
  });
});
