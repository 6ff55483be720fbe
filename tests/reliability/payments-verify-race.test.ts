import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as verifyRoute from "@/app/api/storefront/[siteId]/checkout/verify/route";
import { db } from "@/lib/db";
import { listOutbox } from "@/lib/email/mailer";
import { callRoute } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, deliverStripeEvent, postCheckout } from "../support/checkout-fixtures";
import { startFakeStripe, type FakeIntent, type FakeStripe } from "../support/fake-stripe";

// Promise: the Stripe webhook racing the browser's POST /checkout/verify for the same payment
// leaves exactly one paid order with one payment record, whose amount is the order's total,
// and one confirmation.

const ROUNDS = 20;
let stripe: FakeStripe;
let shop: Awaited<ReturnType<typeof createCheckoutStore>>;

beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_URL = stripe.url;
  shop = await createCheckoutStore();
  await db().product.update({ where: { id: shop.product.id }, data: { inventory: 1000 } });
});
afterAll(() => stripe.close());

type Placed = { sessionId: string; orderId: number; orderNumber: string; email: string; intent: FakeIntent };

/** An order whose card payment has just succeeded at Stripe, neither path told yet. */
async function paidAtStripe(): Promise<Placed> {
  const sessionId = await cartWith(shop.siteId, shop.product.id, 2);
  const email = `${randomUUID()}@example.com`;
  const { body } = await postCheckout(shop.siteId, checkoutBody(sessionId, { customerEmail: email, shippingRateId: shop.rateId, discountCode: "TENOFF" }));
  const intent = stripe.intents.get(body.data.clientSecret.split("_secret_")[0])!;
  intent.status = "succeeded";
  return { sessionId, orderId: body.data.orderId, orderNumber: body.data.orderNumber, email, intent };
}

const webhook = (placed: Placed) =>
  deliverStripeEvent(shop.siteId, {
    type: "payment_intent.succeeded",
    object: { id: placed.intent.id, object: "payment_intent", amount: placed.intent.amount, currency: placed.intent.currency, status: "succeeded", metadata: placed.intent.metadata },
  });
const verify = (placed: Placed) =>
  callRoute(verifyRoute.POST, `/api/storefront/${shop.siteId}/checkout/verify`, {
    params: { siteId: String(shop.siteId) },
    method: "POST",
    body: { orderNumber: placed.orderNumber, paymentIntentId: placed.intent.id },
  });

/** Paid orders of the session, payment records and paid transitions of the order, and its confirmations. */
async function outcomeOf(placed: Placed) {
  const order = await db().order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { payments: true, statusHistory: true } });
  return {
    paidOrders: await db().order.count({ where: { siteId: shop.siteId, cartSessionId: placed.sessionId, paymentStatus: "paid" } }),
    paidTransitions: order.statusHistory.filter((h) => h.toStatus === "paid").length,
    payments: order.payments.map((p) => ({ status: p.status, amount: p.amount })),
    total: order.total,
  };
}
const confirmations = async (email: string) => (await listOutbox({ limit: 1000 })).filter((m) => m.to === email).length;

describe("the webhook racing POST /checkout/verify", () => {
  it("catches a naive read-then-write completion (the harness can fail)", async () => {
    // Reads the order, and if it is still pending records the payment and the transition.
    const naive = async (placed: Placed) => {
      const order = await db().order.findUniqueOrThrow({ where: { id: placed.orderId } });
      if (order.paymentStatus === "paid") return;
      await db().payment.create({ data: { orderId: placed.orderId, mode: "stripe", providerPaymentId: placed.intent.id, amount: placed.intent.amount, currency: "USD", status: "succeeded" } });
      await db().order.update({ where: { id: placed.orderId }, data: { status: "paid", paymentStatus: "paid" } });
      await db().orderStatusHistory.create({ data: { orderId: placed.orderId, fromStatus: "pending", toStatus: "paid", actor: "naive" } });
    };
    let violations = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const placed = await paidAtStripe();
      await Promise.all([naive(placed), naive(placed)]);
      const outcome = await outcomeOf(placed);
      if (outcome.paidTransitions !== 1 || outcome.payments.length !== 1) violations++;
    }
    expect(violations).toBeGreaterThan(0);
  });

  it(`leaves one paid order, one payment of the order's total and one confirmation, ${ROUNDS} rounds`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const placed = await paidAtStripe();
      const answers = await Promise.all([webhook(placed), verify(placed), verify(placed), webhook(placed)]);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
      const outcome = await outcomeOf(placed);
      expect(outcome).toEqual({ paidOrders: 1, paidTransitions: 1, payments: [{ status: "succeeded", amount: outcome.total }], total: placed.intent.amount });
      await expect.poll(() => confirmations(placed.email), { timeout: 10_000 }).toBe(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 500)); // room for a wrong second mail to land
    expect((await listOutbox({ limit: 1000 })).filter((m) => m.tag === "order-confirmation")).toHaveLength(ROUNDS);
  });
});
