import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as verifyRoute from "@/app/api/storefront/[siteId]/checkout/verify/route";
import * as demoRoute from "@/app/api/storefront/[siteId]/checkout/demo-payment/route";
import { db } from "@/lib/db";
import { listOutbox, readOutboxMessage } from "@/lib/email/mailer";
import { callRoute } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, deliverStripeEvent, postCheckout } from "../support/checkout-fixtures";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";

let stripe: FakeStripe;
let shop: Awaited<ReturnType<typeof createCheckoutStore>>;

beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_URL = stripe.url;
  shop = await createCheckoutStore();
});
afterAll(() => stripe.close());

/** A placed order, its PaymentIntent, and what checkout held for it. */
async function placeOrder(quantity = 2, extra: Record<string, unknown> = {}) {
  await db().product.update({ where: { id: shop.product.id }, data: { inventory: 10 } });
  const sessionId = await cartWith(shop.siteId, shop.product.id, quantity);
  const { body } = await postCheckout(shop.siteId, checkoutBody(sessionId, extra));
  const intent = stripe.intents.get(body.data.clientSecret.split("_secret_")[0])!;
  return { sessionId, orderId: body.data.orderId as number, orderNumber: body.data.orderNumber as string, intent };
}

const order = (id: number) => db().order.findUniqueOrThrow({ where: { id }, include: { statusHistory: true, payments: true } });
const stock = async () => (await db().product.findUniqueOrThrow({ where: { id: shop.product.id } })).inventory;
const intentObject = (intent: { id: string; amount: number; metadata: Record<string, string> }, extra: Record<string, unknown> = {}) => ({
  id: intent.id,
  object: "payment_intent",
  amount: intent.amount,
  currency: "usd",
  metadata: intent.metadata,
  ...extra,
});

describe("POST /webhooks/stripe", () => {
  it("marks the order paid on payment_intent.succeeded, records the payment and empties the cart", async () => {
    const placed = await placeOrder();
    expect(await stock()).toBe(8);
    const { status, body } = await deliverStripeEvent(shop.siteId, { type: "payment_intent.succeeded", object: intentObject(placed.intent, { status: "succeeded" }) });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ received: true, handled: true, paidOrderId: placed.orderId });
    const paid = await order(placed.orderId);
    expect(paid).toMatchObject({ status: "paid", paymentStatus: "paid" });
    expect(paid.paidAt).not.toBeNull();
    expect(paid.statusHistory.map((h) => [h.fromStatus, h.toStatus, h.actor])).toEqual([
      [null, "pending", "customer"],
      ["pending", "paid", "webhook"],
    ]);
    expect(paid.payments.map((p) => p.status)).toEqual(["succeeded"]);
    expect(await stock()).toBe(8); // committed, not given back
    const cart = await db().cart.findFirstOrThrow({ where: { siteId: shop.siteId, sessionId: placed.sessionId }, include: { items: true } });
    expect(cart).toMatchObject({ status: "converted", items: [] });
  });

  it("processes each event id once: a redelivery changes nothing", async () => {
    const placed = await placeOrder();
    const event = { id: `evt_${randomUUID()}`, type: "payment_intent.succeeded", object: intentObject(placed.intent) };
    await deliverStripeEvent(shop.siteId, event);
    const again = await deliverStripeEvent(shop.siteId, event);
    expect(again.body.data).toMatchObject({ received: true, duplicate: true });
    expect((await order(placed.orderId)).statusHistory).toHaveLength(2);
  });

  it("answers 400 and changes nothing for a wrong, missing or stale signature", async () => {
    const placed = await placeOrder();
    const object = intentObject(placed.intent);
    const wrong = await deliverStripeEvent(shop.siteId, { type: "payment_intent.succeeded", object }, { secret: "whsec_wrong" });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({ success: false, message: "Invalid Stripe signature", errorCode: "invalid_signature" });
    const stale = await deliverStripeEvent(shop.siteId, { type: "payment_intent.succeeded", object }, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect(stale.status).toBe(400);
    const missing = await callRoute((await import("@/app/api/storefront/[siteId]/webhooks/stripe/route")).POST, `/api/storefront/${shop.siteId}/webhooks/stripe`, {
      params: { siteId: String(shop.siteId) },
      method: "POST",
      rawBody: "{}",
    });
    expect(missing.status).toBe(400);
    expect((await order(placed.orderId)).status).toBe("pending");
  });

  it("releases the holds on payment_failed, and takes the stock again if the payment then succeeds", async () => {
    const placed = await placeOrder(2, { discountCode: "TENOFF" });
    const uses = async () => (await db().discountCode.findFirstOrThrow({ where: { siteId: shop.siteId, code: "TENOFF" } })).usedCount;
    const usesHeld = await uses();
    await deliverStripeEvent(shop.siteId, {
      type: "payment_intent.payment_failed",
      object: intentObject(placed.intent, { status: "requires_payment_method", last_payment_error: { message: "Your card was declined." } }),
    });
    expect(await stock()).toBe(10);
    expect(await uses()).toBe(usesHeld - 1);
    const failed = await order(placed.orderId);
    expect(failed).toMatchObject({ status: "pending", paymentStatus: "failed" });
    expect(failed.payments.find((p) => p.status === "failed")?.failureMessage).toBe("Your card was declined.");

    await deliverStripeEvent(shop.siteId, { type: "payment_intent.succeeded", object: intentObject(placed.intent) });
    expect(await order(placed.orderId)).toMatchObject({ status: "paid", paymentStatus: "paid", holdsReleasedAt: null });
    expect(await stock()).toBe(8);
  });

  it("ignores a failure reported after the success (out-of-order delivery)", async () => {
    const placed = await placeOrder();
    await deliverStripeEvent(shop.siteId, { type: "payment_intent.succeeded", object: intentObject(placed.intent) });
    await deliverStripeEvent(shop.siteId, { type: "payment_intent.payment_failed", object: intentObject(placed.intent) });
    await deliverStripeEvent(shop.siteId, { type: "payment_intent.canceled", object: intentObject(placed.intent) });
    expect(await order(placed.orderId)).toMatchObject({ status: "paid", paymentStatus: "paid" });
    expect(await stock()).toBe(8);
  });

  it("cancels the order and releases its holds on payment_intent.canceled; a late success cannot revive it", async () => {
    const placed = await placeOrder(3);
    await deliverStripeEvent(shop.siteId, { type: "payment_intent.canceled", object: intentObject(placed.intent) });
    expect(await order(placed.orderId)).toMatchObject({ status: "cancelled" });
    expect(await stock()).toBe(10);
    await deliverStripeEvent(shop.siteId, { type: "payment_intent.canceled", object: intentObject(placed.intent) });
    expect(await stock()).toBe(10);
    await deliverStripeEvent(shop.siteId, { type: "payment_intent.succeeded", object: intentObject(placed.intent) });
    expect(await order(placed.orderId)).toMatchObject({ status: "cancelled" });
  });
});

describe("the order confirmation", () => {
  it("is e-mailed once when the order is paid, however many paths report the payment", async () => {
    const placed = await placeOrder();
    await deliverStripeEvent(shop.siteId, { type: "payment_intent.succeeded", object: intentObject(placed.intent) });
    await deliverStripeEvent(shop.siteId, { type: "payment_intent.succeeded", object: intentObject(placed.intent) });
    placed.intent.status = "succeeded";
    await callRoute(verifyRoute.POST, `/api/storefront/${shop.siteId}/checkout/verify`, {
      params: { siteId: String(shop.siteId) },
      method: "POST",
      body: { orderNumber: placed.orderNumber, paymentIntentId: placed.intent.id },
    });
    const mailsFor = async () => (await listOutbox({ limit: 500 })).filter((m) => m.subject.includes(placed.orderNumber));
    await expect.poll(async () => (await mailsFor()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 500)); // room for a wrong second mail to land
    const mine = await mailsFor();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ to: "jane@example.com", tag: "order-confirmation" });
    const message = await readOutboxMessage(mine[0].id);
    // 2 × $25.00 and 7.7% Oregon tax, no shipping chosen.
    expect(message!.text).toContain("$53.85");
  });
});

describe("POST /checkout/verify", () => {
  const verify = (body: unknown) =>
    callRoute(verifyRoute.POST, `/api/storefront/${shop.siteId}/checkout/verify`, { params: { siteId: String(shop.siteId) }, method: "POST", body });

  it("records a refund made in Stripe's dashboard once, as the merchant's, and follows it to a full refund", async () => {
    const placed = await placeOrder();
    await deliverStripeEvent(shop.siteId, { type: "payment_intent.succeeded", object: intentObject(placed.intent, { status: "succeeded" }) });
    const dashboardRefund = (id: string, amount: number, extra: Record<string, unknown> = {}) =>
      ({ id, object: "refund", status: "succeeded", amount, currency: "usd", payment_intent: placed.intent.id, metadata: {}, reason: "requested_by_customer", ...extra });
    const refundsOf = () => db().refund.findMany({ where: { orderId: placed.orderId }, orderBy: { id: "asc" } });

    const first = dashboardRefund(`re_dash_${randomUUID()}`, 1000);
    const charge = { id: "ch_dash", object: "charge", refunds: { object: "list", data: [first] } };
    // Stripe sends both events for one refund, possibly at once, and may send each again.
    const deliveries = await Promise.all([
      deliverStripeEvent(shop.siteId, { type: "charge.refunded", object: charge }),
      deliverStripeEvent(shop.siteId, { type: "refund.created", object: first }),
      deliverStripeEvent(shop.siteId, { type: "refund.created", object: first }),
    ]);
    expect(deliveries.map((d) => d.status)).toEqual([200, 200, 200]);
    expect(await refundsOf()).toMatchObject([{ amount: 1000, status: "succeeded", requestedBy: "merchant", providerRefundId: first.id, reason: "Refunded in Stripe (requested by customer)" }]);
    expect(await order(placed.orderId)).toMatchObject({ status: "paid", paymentStatus: "partially_refunded" });

    const rest = dashboardRefund(`re_dash_${randomUUID()}`, placed.intent.amount - 1000, { reason: null });
    await deliverStripeEvent(shop.siteId, { type: "refund.created", object: rest });
    expect((await refundsOf()).map((r) => r.amount)).toEqual([1000, placed.intent.amount - 1000]);
    expect(await order(placed.orderId)).toMatchObject({ status: "refunded", paymentStatus: "refunded" });
  });

  it("leaves alone outside refunds of no order of the site, failed ones, and ones naming a refund of ours", async () => {
    const placed = await placeOrder();
    await deliverStripeEvent(shop.siteId, { type: "payment_intent.succeeded", object: intentObject(placed.intent, { status: "succeeded" }) });
    const refund = (extra: Record<string, unknown>) => ({ id: `re_${randomUUID()}`, object: "refund", status: "succeeded", amount: 500, currency: "usd", payment_intent: placed.intent.id, metadata: {}, ...extra });
    for (const object of [refund({ payment_intent: "pi_someone_else" }), refund({ status: "failed" }), refund({ metadata: { refundId: "999999" } }), refund({ currency: "eur" })]) {
      expect((await deliverStripeEvent(shop.siteId, { type: "refund.created", object })).body.data).toMatchObject({ handled: false });
    }
    expect(await db().refund.count({ where: { orderId: placed.orderId } })).toBe(0);
    expect(await order(placed.orderId)).toMatchObject({ paymentStatus: "paid" });
  });

  it("asks Stripe when the webhook is late and completes the order by the same path", async () => {
    const placed = await placeOrder();
    const pending = await verify({ orderNumber: placed.orderNumber, paymentIntentId: placed.intent.id });
    expect(pending.body.data).toMatchObject({ status: "pending", paid: false });
    placed.intent.status = "succeeded";
    const paid = await verify({ orderNumber: placed.orderNumber, paymentIntentId: placed.intent.id });
    expect(paid.body.data).toEqual({ orderNumber: placed.orderNumber, status: "paid", paymentStatus: "paid", paid: true });
    expect((await order(placed.orderId)).statusHistory.at(-1)).toMatchObject({ toStatus: "paid", actor: "verification" });
  });

  it("answers 404 when the PaymentIntent does not belong to the order", async () => {
    const placed = await placeOrder();
    expect((await verify({ orderNumber: placed.orderNumber, paymentIntentId: "pi_someone_else" })).status).toBe(404);
  });
});

describe("POST /checkout/demo-payment", () => {
  it("pays a demo order through the webhook's path, or declines it and releases its holds", async () => {
    const demo = await createCheckoutStore({ stripe: false });
    const pay = (body: unknown) =>
      callRoute(demoRoute.POST, `/api/storefront/${demo.siteId}/checkout/demo-payment`, { params: { siteId: String(demo.siteId) }, method: "POST", body });
    const place = async () => {
      const sessionId = await cartWith(demo.siteId, demo.product.id, 1);
      const { body } = await postCheckout(demo.siteId, checkoutBody(sessionId));
      return { orderNumber: body.data.orderNumber, paymentIntentId: body.data.clientSecret.replace("_secret_demo", "") };
    };
    const declined = await place();
    expect((await pay({ ...declined, outcome: "failed" })).body.data).toMatchObject({ status: "pending", paymentStatus: "failed", paid: false });
    expect((await db().product.findUniqueOrThrow({ where: { id: demo.product.id } })).inventory).toBe(5);

    const paid = await place();
    expect((await pay(paid)).body.data).toMatchObject({ status: "paid", paid: true });
    expect((await db().product.findUniqueOrThrow({ where: { id: demo.product.id } })).inventory).toBe(4);
    expect((await pay({ ...paid, paymentIntentId: "demo_pi_guess" })).status).toBe(404);
  });

  it("refuses a Stripe-mode order", async () => {
    const placed = await placeOrder();
    const result = await callRoute(demoRoute.POST, `/api/storefront/${shop.siteId}/checkout/demo-payment`, {
      params: { siteId: String(shop.siteId) },
      method: "POST",
      body: { orderNumber: placed.orderNumber, paymentIntentId: placed.intent.id },
    });
    expect(result.status).toBe(403);
  });
});
