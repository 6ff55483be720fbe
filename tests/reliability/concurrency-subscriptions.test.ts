import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { billingFor } from "@/lib/subscriptions/billing";
import { refusal } from "@/lib/subscriptions/subscription-rules";
import { signUp } from "../support/customers";
import { ITERATIONS, race, RACE_TEST_TIMEOUT_MS } from "../support/concurrency";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";
import { subscriptionShop } from "../support/subscriptions";

// Changes to one subscription arriving at once (a double click, two tabs): each change is made at
// Stripe and then recorded, so without a claim two could read the same state, both pass its rules
// and both reach Stripe. Judged by what Stripe received and whether the record still matches it.

const REQUESTS = 10;

let stripe: FakeStripe;
beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_URL = stripe.url;
});
afterAll(() => stripe.close());

const updatesTo = (stripeId: string, from: number) => stripe.requests.slice(from).filter((r) => r.method !== "GET" && r.path === `/v1/subscriptions/${stripeId}`).length;

/** Where the local record and Stripe's subscription disagree; empty when they match. */
async function mismatches(world: Awaited<ReturnType<typeof subscriptionShop>>, id: number): Promise<string[]> {
  const row = await db().subscription.findUniqueOrThrow({ where: { id }, include: { pendingPlan: true, plan: true } });
  const remote = await world.remote(id);
  const item = remote.items.data[0];
  const found: string[] = [];
  if ((row.status === "paused") !== (remote.pause_collection !== null && remote.pause_collection.resumes_at === null)) found.push(`status ${row.status} against pause ${JSON.stringify(remote.pause_collection)}`);
  if ((row.resumesAt ? Math.floor(row.resumesAt.getTime() / 1000) : null) !== (remote.pause_collection?.resumes_at ?? null)) found.push("skipped cycle");
  if (row.cancelAtPeriodEnd !== remote.cancel_at_period_end) found.push("cancel at period end");
  if ((row.pendingQuantity ?? row.quantity) !== item.quantity) found.push(`quantity ${row.pendingQuantity ?? row.quantity} against ${item.quantity}`);
  if ((row.pendingPlan ?? row.plan).stripePriceId !== item.price.id) found.push("plan");
  return found;
}

describe(`${REQUESTS} changes to one subscription at once`, () => {
  it("the harness catches a naive read-check-call-write change letting several pauses through", async () => {
    const world = await subscriptionShop(stripe);
    const id = await world.start();
    const stripeId = (await world.remote(id)).id;
    const from = stripe.requests.length;
    const naivePause = async () => {
      const current = await db().subscription.findUniqueOrThrow({ where: { id } });
      if (refusal(current, { action: "pause" })) return 409;
      await (await billingFor(world.shop.siteId)).pauseCollection(stripeId, null);
      await db().subscription.update({ where: { id }, data: { status: "paused", pausedAt: new Date() } });
      return 200;
    };
    const answers = await race(REQUESTS, naivePause);
    expect(answers.filter((s) => s === 200).length).toBeGreaterThan(1);
    expect(updatesTo(stripeId, from)).toBeGreaterThan(1);
  });

  it(`one pause of ${REQUESTS} is made, and mixed changes leave the record matching Stripe (${ITERATIONS} rounds)`, async () => {
    const world = await subscriptionShop(stripe);
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const id = await world.start();
      const stripeId = (await world.remote(id)).id;
      let from = stripe.requests.length;
      const pauses = await race(REQUESTS, () => world.act(id, { action: "pause" }));
      expect(pauses.filter((a) => a.status === 200)).toHaveLength(1);
      for (const refused of pauses.filter((a) => a.status !== 200)) expect(["subscription_change_in_progress", "subscription_action_not_allowed"]).toContain(refused.body.errorCode);
      expect(updatesTo(stripeId, from)).toBe(1);
      expect(await db().subscriptionChange.count({ where: { subscriptionId: id, action: "pause" } })).toBe(1);

      from = stripe.requests.length;
      const mixed = [
        { action: "resume" },
        { action: "skip-cycle" },
        { action: "change-quantity", quantity: 2 + iteration },
        { action: "change-quantity", quantity: 3 + iteration, effective: "immediate" },
        { action: "change-plan", planId: world.fortnightly.id },
        { action: "cancel", effective: "next_cycle" },
      ];
      const answers = await race(REQUESTS, (index) => world.act(id, mixed[index % mixed.length]));
      // As many as came one after another may be made (or none, when the first to claim it was one
      // the state refuses): whichever, each is made once and the record follows.
      const made = answers.filter((a) => a.status === 200).length;
      for (const refused of answers.filter((a) => a.status !== 200)) expect(["subscription_change_in_progress", "subscription_action_not_allowed"]).toContain(refused.body.errorCode);
      expect(await db().subscriptionChange.count({ where: { subscriptionId: id, actor: "customer" } })).toBe(2 + made); // start and pause before
      expect(await mismatches(world, id)).toEqual([]);
      expect((await db().subscription.findUniqueOrThrow({ where: { id } })).changeStartedAt).toBeNull();
      expect(updatesTo(stripeId, from)).toBe(made);
    }
  }, RACE_TEST_TIMEOUT_MS);
});

describe(`${REQUESTS} starts of one plan at once (a double click, retries)`, () => {
  it(`make one subscription here and one at Stripe, answered to every start (${ITERATIONS} rounds)`, async () => {
    const world = await subscriptionShop(stripe);
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      // A new customer each round, so their Stripe customer is made in the same race.
      const customer = await signUp(world.shop.siteId);
      const answers = await race(REQUESTS, () => world.create({ planId: world.monthly.id, quantity: 2 }, customer.token));
      const rows = await db().subscription.findMany({ where: { customerId: customer.id }, select: { id: true, status: true, changeStartedAt: true } });
      expect(rows).toEqual([{ id: expect.any(Number), status: "incomplete", changeStartedAt: null }]);
      expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
      const answered = answers.filter((a) => a.status === 200 || a.status === 201);
      // Only a Stripe slower than the wait may turn a repeat away, and then to retry.
      for (const refused of answers.filter((a) => a.status !== 200 && a.status !== 201)) expect(refused.body.errorCode).toBe("subscription_change_in_progress");
      expect(new Set(answered.map((a) => `${a.body.data.subscription.id} ${a.body.data.clientSecret}`)).size).toBe(1);
      expect(answered[0].body.data.subscription.id).toBe(rows[0].id);
      expect(stripe.requests.filter((r) => r.method === "POST" && r.path === "/v1/subscriptions" && r.form.get("metadata[subscriptionId]") === String(rows[0].id))).toHaveLength(1);
      expect([...stripe.subscriptions.values()].filter((s) => s.metadata.subscriptionId === String(rows[0].id))).toHaveLength(1);
      expect(stripe.requests.filter((r) => r.path === "/v1/customers" && r.form.get("metadata[customerId]") === String(customer.id)).length).toBeGreaterThan(0);
      expect((await db().customer.findUniqueOrThrow({ where: { id: customer.id } })).stripeCustomerId).toBe([...stripe.subscriptions.values()].find((s) => s.metadata.subscriptionId === String(rows[0].id))!.customer);
    }
  }, RACE_TEST_TIMEOUT_MS);
});

describe(`renewals paid at once, each delivered twice, with too little stock`, () => {
  it(`take stock once per invoice, never below zero, and every short unit is on its order (${ITERATIONS} rounds)`, async () => {
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const world = await subscriptionShop(stripe);
      const id = await world.start(world.monthly.id, 2); // 5 in stock, 2 taken
      const invoices = Array.from({ length: REQUESTS / 2 }, () => `in_${randomUUID().replace(/-/g, "")}`);
      const sub = await world.remote(id);
      await race(REQUESTS, (index) => world.deliver(world.invoiceEvent("invoice.paid", sub, { id: invoices[index % invoices.length], reason: "subscription_cycle", amount: 4000 })));
      const orders = await db().order.findMany({ where: { stripeInvoiceId: { in: invoices } }, include: { statusHistory: true } });
      expect(orders).toHaveLength(invoices.length);
      const backordered = orders.reduce((sum, o) => sum + Number(o.statusHistory[0].note?.match(/backordered: (\d+) of 2/)?.[1] ?? 0), 0);
      expect((await db().product.findUniqueOrThrow({ where: { id: world.shop.product.id } })).inventory).toBe(0);
      expect(backordered).toBe(2 * invoices.length - 3);
    }
  }, RACE_TEST_TIMEOUT_MS);
});
