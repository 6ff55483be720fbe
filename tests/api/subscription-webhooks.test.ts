import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { getAccountOrder } from "@/lib/account/orders";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";
import { subscriptionShop } from "../support/subscriptions";

let stripe: FakeStripe;
beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_URL = stripe.url;
});
afterAll(() => stripe.close());

const stockOf = async (productId: number) => (await db().product.findUniqueOrThrow({ where: { id: productId }, select: { inventory: true } })).inventory;
const ordersOf = (subscriptionId: number) => db().order.findMany({ where: { subscriptionId }, orderBy: { id: "asc" }, include: { payments: true, statusHistory: true } });

describe("Stripe Billing webhooks", () => {
  it(`invoice.paid for a renewal makes one paid order, however often and however concurrently it is delivered (${inject("databaseKind")})`, async () => {
    const world = await subscriptionShop(stripe);
    const id = await world.start(world.monthly.id, 2);
    const sub = await world.remote(id);
    for (const item of sub.items.data) item.current_period_end += 30 * 86_400;
    const invoiceId = `in_${randomUUID().replace(/-/g, "")}`;
    const event = { id: `evt_${randomUUID()}`, ...world.invoiceEvent("invoice.paid", sub, { id: invoiceId, reason: "subscription_cycle", amount: 4000 }) };
    // The same event 5 times at once, then the same invoice under 5 other event ids.
    const answers = await Promise.all([
      ...Array.from({ length: 5 }, () => world.deliver(event)),
      ...Array.from({ length: 5 }, () => world.deliver({ ...event, id: `evt_${randomUUID()}` })),
    ]);
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(answers.filter((a) => a.body.data.paidOrderId)).toHaveLength(1);
    const orders = await ordersOf(id);
    expect(orders).toHaveLength(2); // the first invoice's and this renewal's
    expect(orders[1]).toMatchObject({ stripeInvoiceId: invoiceId, status: "paid", paymentStatus: "paid", total: 4000 });
    expect(orders[1].payments).toEqual([expect.objectContaining({ status: "succeeded", amount: 4000, providerPaymentId: invoiceId })]);
    expect(orders[1].statusHistory.map((h) => [h.fromStatus, h.toStatus, h.actor])).toEqual([[null, "paid", "webhook"]]);
    expect((await world.get(id)).body.data.currentPeriodEnd).toBe(new Date(sub.items.data[0].current_period_end * 1000).toISOString());
    // Each order took its 2 units once: 5 in stock, 2 for the first invoice, 2 for this one.
    expect(await stockOf(world.shop.product.id)).toBe(1);
  });

  it(`a renewal short of stock still makes its order (${inject("databaseKind")}): stock stops at zero and the order's history says what is backordered`, async () => {
    const world = await subscriptionShop(stripe);
    const id = await world.start(world.monthly.id, 3); // 5 in stock, 3 taken
    const invoiceId = `in_${randomUUID().replace(/-/g, "")}`;
    const answers = await Promise.all(Array.from({ length: 3 }, () => world.renew(id, { id: invoiceId, amount: 6000 })));
    expect(answers.filter((a) => a.body.data.paidOrderId)).toHaveLength(1);
    expect(await stockOf(world.shop.product.id)).toBe(0);
    const renewal = (await ordersOf(id))[1];
    expect(renewal).toMatchObject({ stripeInvoiceId: invoiceId, status: "paid", total: 6000 });
    const note = `Subscription invoice ${invoiceId} paid; backordered: 1 of 3 × Classic Crew Tee (not in stock)`;
    expect(renewal.statusHistory.map((h) => h.note)).toEqual([note]);
    const view = await getAccountOrder(world.shop.siteId, world.customer.id, renewal.orderNumber);
    expect(view.statusHistory).toEqual([expect.objectContaining({ toStatus: "paid", note })]);

    // Out of stock altogether: the next renewal is wholly backordered, and stock stays at zero.
    const next = await world.renew(id, { id: `in_${randomUUID()}`, amount: 6000 });
    const order = await db().order.findUniqueOrThrow({ where: { id: next.body.data.paidOrderId }, include: { statusHistory: true } });
    expect(order.statusHistory[0].note).toMatch(/; backordered: 3 of 3 × Classic Crew Tee \(not in stock\)$/);
    expect(await stockOf(world.shop.product.id)).toBe(0);
  });

  it("makes no order for an invoice that charged nothing or only settled an immediate change", async () => {
    const world = await subscriptionShop(stripe);
    const id = await world.start();
    const sub = await world.remote(id);
    await world.deliver(world.invoiceEvent("invoice.paid", sub, { id: `in_${randomUUID()}`, reason: "subscription_update", amount: 800 }));
    await world.deliver(world.invoiceEvent("invoice.paid", sub, { id: `in_${randomUUID()}`, reason: "subscription_cycle", amount: 0 }));
    expect(await ordersOf(id)).toHaveLength(1);
  });

  it("invoice.payment_failed makes the subscription past due; a later payment makes it active again", async () => {
    const world = await subscriptionShop(stripe);
    const id = await world.start();
    const sub = await world.remote(id);
    const invoiceId = `in_${randomUUID()}`;
    const failed = await world.deliver(world.invoiceEvent("invoice.payment_failed", sub, { id: invoiceId, reason: "subscription_cycle" }));
    expect(failed.body.data).toMatchObject({ handled: true });
    const pastDue = (await world.get(id)).body.data;
    expect(pastDue.status).toBe("past_due");
    expect(pastDue.history.at(-1)).toMatchObject({ action: "payment_failed", actor: "webhook" });
    expect((await world.act(id, { action: "pause" })).body.errorCode).toBe("subscription_action_not_allowed");

    sub.status = "active";
    await world.renew(id, { id: invoiceId, amount: 2000 });
    expect((await world.get(id)).body.data.status).toBe("active");
    expect(await ordersOf(id)).toHaveLength(2);
  });

  it("customer.subscription.updated: the record follows a change made at Stripe, and a new period applies the pending change", async () => {
    const world = await subscriptionShop(stripe);
    const id = await world.start();
    const sub = await world.remote(id);
    // The merchant changed the quantity on Stripe's dashboard and set it to end.
    sub.items.data[0].quantity = 3;
    sub.cancel_at_period_end = true;
    await world.deliver({ type: "customer.subscription.updated", object: { id: sub.id, object: "subscription", metadata: sub.metadata } });
    expect((await world.get(id)).body.data).toMatchObject({ quantity: 3, cancelAtPeriodEnd: true, pendingChange: null });

    await world.act(id, { action: "resume" });
    await world.act(id, { action: "change-plan", planId: world.fortnightly.id });
    // Stripe's own echo of the customer's change leaves the change pending.
    await world.deliver({ type: "customer.subscription.updated", object: { id: sub.id, object: "subscription", metadata: sub.metadata } });
    expect((await world.get(id)).body.data).toMatchObject({ plan: { id: world.monthly.id }, pendingChange: { plan: { id: world.fortnightly.id } } });
    sub.items.data[0].current_period_end += 30 * 86_400;
    await world.deliver({ type: "customer.subscription.updated", object: { id: sub.id, object: "subscription", metadata: sub.metadata } });
    expect((await world.get(id)).body.data).toMatchObject({ plan: { id: world.fortnightly.id }, quantity: 3, pendingChange: null });
  });

  it("customer.subscription.deleted cancels the record; a pause made at Stripe shows as paused", async () => {
    const world = await subscriptionShop(stripe);
    const id = await world.start();
    const sub = await world.remote(id);
    sub.pause_collection = { behavior: "void", resumes_at: null };
    await world.deliver({ type: "customer.subscription.updated", object: { id: sub.id, object: "subscription" } });
    expect((await world.get(id)).body.data).toMatchObject({ status: "paused", pausedAt: expect.any(String) });

    sub.status = "canceled";
    const deleted = await world.deliver({ type: "customer.subscription.deleted", object: { id: sub.id, object: "subscription" } });
    expect(deleted.body.data).toMatchObject({ handled: true });
    const detail = (await world.get(id)).body.data;
    expect(detail).toMatchObject({ status: "canceled", canceledAt: expect.any(String), pausedAt: null });
    expect(detail.history.at(-1)).toMatchObject({ action: "cancel", actor: "webhook" });
  });

  it("links a subscription whose start answer was lost by the id in its metadata, and ignores another store's", async () => {
    const world = await subscriptionShop(stripe);
    const other = await subscriptionShop(stripe);
    const id = await world.start();
    const sub = await world.remote(id);
    await db().subscription.update({ where: { id }, data: { stripeSubscriptionId: null, status: "incomplete" } });
    await world.deliver({ type: "customer.subscription.updated", object: { id: sub.id, object: "subscription", metadata: sub.metadata } });
    expect(await db().subscription.findUniqueOrThrow({ where: { id } })).toMatchObject({ stripeSubscriptionId: sub.id, status: "active" });

    const elsewhere = await other.deliver({ type: "customer.subscription.deleted", object: { id: sub.id, object: "subscription", metadata: sub.metadata } });
    expect(elsewhere.body.data).toMatchObject({ handled: false });
    expect((await world.get(id)).body.data.status).toBe("active");
  });
});
