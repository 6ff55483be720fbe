import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { paymentAttemptSchema } from "@/lib/orders/payments";
import { retryPaymentResultSchema } from "@/lib/account/retry-payment";
import { deliverStripeEvent } from "../support/checkout-fixtures";
import { signUp } from "../support/customers";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";
import { orderMoneyShop } from "../support/order-money";

let stripe: FakeStripe;
beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_URL = stripe.url;
});
afterAll(() => stripe.close());

const intentEvent = (type: string, intent: { id: string; amount: number; currency: string; metadata: Record<string, string> }, extra: Record<string, unknown> = {}) => ({
  type,
  object: { id: intent.id, object: "payment_intent", amount: intent.amount, currency: intent.currency, metadata: intent.metadata, status: type === "payment_intent.succeeded" ? "succeeded" : "requires_payment_method", ...extra },
});

async function failedOrder() {
  const world = await orderMoneyShop();
  const stock = async () => (await db().product.findUniqueOrThrow({ where: { id: world.shop.product.id } })).inventory;
  const order = await world.place(2, { discountCode: "TENOFF" });
  const intent = stripe.intents.get(order.intentId!)!;
  const fail = (message: string) => deliverStripeEvent(world.shop.siteId, intentEvent("payment_intent.payment_failed", intent, { last_payment_error: { message } }));
  await fail("Your card was declined.");
  const attempts = async () => (await world.call("payments", "GET", order.orderNumber)).body.data as { status: string; failureMessage: string | null; amount: number }[];
  return { ...world, order, intent, fail, stock, attempts };
}

describe("GET /account/orders/{orderNumber}/payments", () => {
  it("lists every attempt, the failed ones with the provider's reason, and keeps them once the order is paid", async () => {
    const { order, intent, fail, attempts, shop, call } = await failedOrder();
    const listed = await call("payments", "GET", order.orderNumber);
    expect(listed.status).toBe(200);
    for (const attempt of listed.body.data) paymentAttemptSchema.strict().parse(attempt);
    expect(await attempts()).toEqual([expect.objectContaining({ status: "failed", failureMessage: "Your card was declined.", amount: intent.amount })]);

    await call("retry-payment", "POST", order.orderNumber);
    await fail("Insufficient funds.");
    await call("retry-payment", "POST", order.orderNumber);
    intent.status = "succeeded";
    await deliverStripeEvent(shop.siteId, intentEvent("payment_intent.succeeded", intent));
    expect((await attempts()).map((a) => [a.status, a.failureMessage])).toEqual([
      ["failed", "Your card was declined."],
      ["failed", "Insufficient funds."],
      ["succeeded", null],
    ]);
    expect((await db().order.findUniqueOrThrow({ where: { id: order.orderId } })).paymentStatus).toBe("paid");
  });

  it("records a success paid on the payment page without a retry as an attempt of its own", async () => {
    const { intent, attempts, shop } = await failedOrder();
    intent.status = "succeeded";
    await deliverStripeEvent(shop.siteId, intentEvent("payment_intent.succeeded", intent));
    expect((await attempts()).map((a) => a.status)).toEqual(["failed", "succeeded"]);
  });

  it("answers 404 for another customer's order", async () => {
    const { order, shop, call } = await failedOrder();
    const stranger = await signUp(shop.siteId);
    expect((await call("payments", "GET", order.orderNumber, undefined, stranger.token)).status).toBe(404);
    expect((await call("payments", "GET", order.orderNumber, undefined, "")).status).toBe(401);
  });
});

describe("POST /account/orders/{orderNumber}/retry-payment", () => {
  it("takes the stock and the code use again and answers the order's PaymentIntent, the same on every call", async () => {
    const { order, intent, stock, shop, call } = await failedOrder();
    const code = () => db().discountCode.findFirstOrThrow({ where: { siteId: shop.siteId, code: "TENOFF" } });
    expect({ stock: await stock(), uses: (await code()).usedCount }).toEqual({ stock: 100, uses: 0 }); // the failure gave them back
    const first = await call("retry-payment", "POST", order.orderNumber);
    expect(first.status).toBe(200);
    expect(retryPaymentResultSchema.strict().parse(first.body.data)).toMatchObject({ paymentMode: "stripe", clientSecret: intent.client_secret, publishableKey: "pk_test_fake", amountDue: intent.amount });
    expect({ stock: await stock(), uses: (await code()).usedCount }).toEqual({ stock: 98, uses: 1 });
    const again = await call("retry-payment", "POST", order.orderNumber);
    expect(again.body.data.clientSecret).toBe(intent.client_secret);
    expect({ stock: await stock(), uses: (await code()).usedCount }).toEqual({ stock: 98, uses: 1 });
    expect(await db().payment.count({ where: { orderId: order.orderId, status: "requires_payment_method" } })).toBe(1);
    expect(stripe.requests.filter((r) => r.method === "POST" && r.path === "/v1/payment_intents")).toHaveLength(stripe.intents.size);
  });

  it(`at once, 6 times (${inject("databaseKind")}): the holds are taken once and one attempt opens`, async () => {
    const { order, stock, call } = await failedOrder();
    const answers = await Promise.all(Array.from({ length: 6 }, () => call("retry-payment", "POST", order.orderNumber)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await stock()).toBe(98);
    expect(await db().payment.count({ where: { orderId: order.orderId, status: "requires_payment_method" } })).toBe(1);
  });

  it("gives a gift certificate's part back to the order when it is still there", async () => {
    const world = await orderMoneyShop();
    const order = await world.place(3, { giftCertificateCode: "GIFT-50" });
    const gift = () => db().giftCertificate.findFirstOrThrow({ where: { siteId: world.shop.siteId, code: "GIFT-50" } });
    const intent = stripe.intents.get(order.intentId!)!;
    await deliverStripeEvent(world.shop.siteId, intentEvent("payment_intent.payment_failed", intent, { last_payment_error: { message: "Declined" } }));
    expect((await gift()).remainingAmount).toBe(5000);
    expect((await world.call("retry-payment", "POST", order.orderNumber)).status).toBe(200);
    expect((await gift()).remainingAmount).toBe(0);
    expect(await db().giftCertificateRedemption.findMany({ where: { orderId: order.orderId } })).toEqual([expect.objectContaining({ amount: 5000 })]);
  });

  it("refuses while the stock is gone, and changes nothing", async () => {
    const { order, shop, stock, call } = await failedOrder();
    await db().product.update({ where: { id: shop.product.id }, data: { inventory: 1 } });
    const refused = await call("retry-payment", "POST", order.orderNumber);
    expect(refused.status).toBe(409);
    expect(refused.body.errorCode).toBe("insufficient_stock");
    expect(await stock()).toBe(1);
    expect((await db().order.findUniqueOrThrow({ where: { id: order.orderId } })).holdsReleasedAt).not.toBeNull();
  });

  it("is only for an unpaid order whose payment failed, still inside the time limit", async () => {
    const world = await orderMoneyShop();
    const fresh = await world.place(1);
    expect((await world.call("retry-payment", "POST", fresh.orderNumber)).body).toMatchObject({ errorCode: "conflict", message: "Only an unpaid order whose payment failed can be paid again" });

    const { order, call } = await failedOrder();
    await db().order.update({ where: { id: order.orderId }, data: { createdAt: new Date(Date.now() - (env.PENDING_ORDER_TTL_MINUTES + 1) * 60_000) } });
    expect((await call("retry-payment", "POST", order.orderNumber)).body).toMatchObject({ errorCode: "conflict", message: "This order was not paid in time and is being cancelled; please place it again" });
  });

  it("refuses when the payment went through meanwhile or the intent was cancelled", async () => {
    const { order, intent, call } = await failedOrder();
    intent.status = "processing";
    expect((await call("retry-payment", "POST", order.orderNumber)).body.message).toBe("The payment is going through already; check the order again in a moment");
    intent.status = "canceled";
    expect((await call("retry-payment", "POST", order.orderNumber)).status).toBe(409);
  });

  it("works in demo mode: the demo payment then completes the order", async () => {
    const world = await orderMoneyShop({ stripe: false });
    const order = await world.place(1);
    const { POST: demoPay } = await import("@/app/api/storefront/[siteId]/checkout/demo-payment/route");
    const { callRoute } = await import("../support/api");
    const pay = (outcome: string) =>
      callRoute(demoPay, `/api/storefront/${world.shop.siteId}/checkout/demo-payment`, {
        params: { siteId: String(world.shop.siteId) },
        method: "POST",
        body: { orderNumber: order.orderNumber, paymentIntentId: order.intentId, outcome },
      });
    expect((await pay("failed")).status).toBe(200);
    const retried = await world.call("retry-payment", "POST", order.orderNumber);
    expect(retried.body.data).toMatchObject({ paymentMode: "demo", publishableKey: null });
    expect((await pay("succeeded")).body.data).toMatchObject({ paid: true });
    expect((await world.call("payments", "GET", order.orderNumber)).body.data.map((a: { status: string }) => a.status)).toEqual(["failed", "succeeded"]);
  });
});
