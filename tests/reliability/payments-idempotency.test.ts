import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ApiResult } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";

// Promises for POST /checkout's Idempotency-Key: the same key and body replay the first answer
// (for at least 24 hours); the key with another body is 422; concurrent duplicates give one
// winner and 409s while it is in flight; a key belongs to its caller (site and cart session).

const STOCK = 20;
let stripe: FakeStripe;
let shop: Awaited<ReturnType<typeof createCheckoutStore>>;

beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_URL = stripe.url;
  shop = await createCheckoutStore();
});
beforeEach(() => db().product.update({ where: { id: shop.product.id }, data: { inventory: STOCK } }));
afterAll(() => stripe.close());

const withKey = (key: string) => ({ "idempotency-key": key });
const ordersOf = (sessionId: string) => db().order.findMany({ where: { siteId: shop.siteId, cartSessionId: sessionId } });
const stock = async () => (await db().product.findUniqueOrThrow({ where: { id: shop.product.id } })).inventory;
const intentsFor = (orderId: number) => [...stripe.intents.values()].filter((i) => i.metadata.orderId === String(orderId));

describe("the same key and body", () => {
  it("replays the first answer, 25 hours later too, and places one order", async () => {
    const sessionId = await cartWith(shop.siteId, shop.product.id, 2);
    const key = randomUUID();
    const first = await postCheckout(shop.siteId, checkoutBody(sessionId), withKey(key));
    expect(first.status).toBe(200);
    const again = await postCheckout(shop.siteId, checkoutBody(sessionId), withKey(key));
    expect(again).toMatchObject({ status: 200, body: first.body });

    await db().order.update({ where: { id: first.body.data.orderId }, data: { createdAt: new Date(Date.now() - 25 * 3600_000) } });
    // The same request with its JSON laid out differently is the same request.
    const { shippingAddress, ...rest } = checkoutBody(sessionId);
    const later = await postCheckout(shop.siteId, { shippingAddress: { ...shippingAddress }, ...rest }, withKey(key));
    expect(later).toMatchObject({ status: 200, body: first.body });

    expect(await ordersOf(sessionId)).toHaveLength(1);
    expect(intentsFor(first.body.data.orderId)).toHaveLength(1);
    expect(await stock()).toBe(STOCK - 2);
  });
});

describe("the same key with another body", () => {
  it("answers 422 and places nothing, for any changed field", async () => {
    const sessionId = await cartWith(shop.siteId, shop.product.id, 1);
    const key = randomUUID();
    const first = await postCheckout(shop.siteId, checkoutBody(sessionId), withKey(key));
    expect(first.status).toBe(200);
    const changes = [
      { customerName: "Someone Else" },
      { customerEmail: "other@example.com" },
      { discountCode: "TENOFF" },
      { shippingRateId: shop.rateId },
      { shippingAddress: { ...checkoutBody(sessionId).shippingAddress, line1: "1 Other St" } },
      { customerNote: "leave at the door" },
    ];
    for (const change of changes) {
      const { status, body } = await postCheckout(shop.siteId, checkoutBody(sessionId, change), withKey(key));
      expect({ change, status, body }).toEqual({
        change,
        status: 422,
        body: { success: false, message: "This Idempotency-Key was already used with a different request", errorCode: "idempotency_key_reused" },
      });
    }
    expect(await ordersOf(sessionId)).toHaveLength(1);
    expect(await stock()).toBe(STOCK - 1);
  });
});

/** Sends the same checkout n times at once; answers the statuses and the orders the session got. */
async function duplicatesAtOnce(times: number, attempt: () => Promise<ApiResult>, sessionId: string) {
  const results = await Promise.all(Array.from({ length: times }, attempt));
  const statuses = results.map((r) => r.status).sort();
  return { winners: statuses.filter((s) => s === 200).length, conflicts: statuses.filter((s) => s === 409).length, orders: (await ordersOf(sessionId)).length, results };
}

describe("10 concurrent duplicates", () => {
  it("catch a naive check-then-act guard (the harness can fail)", async () => {
    const sessionId = await cartWith(shop.siteId, shop.product.id, 1);
    // Looks for an earlier order of the session, then places one without any key.
    const naive = async (): Promise<ApiResult> => {
      const earlier = await db().order.findFirst({ where: { siteId: shop.siteId, cartSessionId: sessionId } });
      if (earlier) return { status: 409, headers: new Headers(), body: null, text: "" };
      return postCheckout(shop.siteId, checkoutBody(sessionId));
    };
    const outcome = await duplicatesAtOnce(10, naive, sessionId);
    expect(outcome.orders).toBeGreaterThan(1);
    expect(outcome.winners).toBeGreaterThan(1);
  });

  it("give one winner and 409s while it is in flight, then replay its answer", async () => {
    for (let round = 0; round < 5; round++) {
      const sessionId = await cartWith(shop.siteId, shop.product.id, 1);
      const key = randomUUID();
      const stockBefore = await stock();
      // The winner's payment start waits, so every duplicate arrives while it is in flight.
      const resume = stripe.pauseCreates();
      const winner = postCheckout(shop.siteId, checkoutBody(sessionId), withKey(key));
      await expect.poll(async () => (await ordersOf(sessionId)).length).toBe(1);
      const outcome = await duplicatesAtOnce(9, () => postCheckout(shop.siteId, checkoutBody(sessionId), withKey(key)), sessionId);
      resume();
      const first = await winner;
      expect(first.status).toBe(200);
      expect({ winners: outcome.winners, conflicts: outcome.conflicts, orders: outcome.orders }).toEqual({ winners: 0, conflicts: 9, orders: 1 });
      for (const loser of outcome.results) expect(loser.body).toMatchObject({ success: false, errorCode: "conflict" });

      const replay = await postCheckout(shop.siteId, checkoutBody(sessionId), withKey(key));
      expect(replay).toMatchObject({ status: 200, body: first.body });
      expect(intentsFor(first.body.data.orderId)).toHaveLength(1);
      expect(await stock()).toBe(stockBefore - 1);
    }
  });

  it("sent all at once, place one order and never answer with a second one", async () => {
    for (let round = 0; round < 10; round++) {
      const sessionId = await cartWith(shop.siteId, shop.product.id, 1);
      const key = randomUUID();
      const stockBefore = await stock();
      const outcome = await duplicatesAtOnce(10, () => postCheckout(shop.siteId, checkoutBody(sessionId), withKey(key)), sessionId);
      // A duplicate answers 409 while the first is in flight, or the first's own answer after it.
      expect(outcome.orders).toBe(1);
      expect(outcome.winners + outcome.conflicts).toBe(10);
      expect(outcome.winners).toBeGreaterThanOrEqual(1);
      const orderIds = new Set(outcome.results.filter((r) => r.status === 200).map((r) => r.body.data.orderId));
      expect(orderIds.size).toBe(1);
      expect(await stock()).toBe(stockBefore - 1);
    }
  });
});

describe("a key", () => {
  it("belongs to its caller: another cart or another store with the same key is independent", async () => {
    const key = randomUUID();
    const mine = await cartWith(shop.siteId, shop.product.id, 1);
    const theirs = await cartWith(shop.siteId, shop.product.id, 3);
    const first = await postCheckout(shop.siteId, checkoutBody(mine), withKey(key));
    const other = await postCheckout(shop.siteId, checkoutBody(theirs, { customerEmail: "them@example.com" }), withKey(key));
    expect([first.status, other.status]).toEqual([200, 200]);
    expect(other.body.data.orderId).not.toBe(first.body.data.orderId);
    expect(other.body.data.clientSecret).not.toBe(first.body.data.clientSecret);
    expect(other.body.data.total).toBe(8078); // its own cart: 3 × $25.00 plus 7.7% tax

    const otherShop = await createCheckoutStore();
    const elsewhere = await postCheckout(otherShop.siteId, checkoutBody(await cartWith(otherShop.siteId, otherShop.product.id, 1)), withKey(key));
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.data.orderId).not.toBe(first.body.data.orderId);

    // Each caller's own retry still replays its own answer.
    expect((await postCheckout(shop.siteId, checkoutBody(mine), withKey(key))).body).toEqual(first.body);
    expect((await postCheckout(shop.siteId, checkoutBody(theirs, { customerEmail: "them@example.com" }), withKey(key))).body).toEqual(other.body);
  });
});
