import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCartItem } from "@/lib/cart/add-cart-item";
import { checkoutResultSchema } from "@/lib/checkout/schemas";
import { db } from "@/lib/db";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";

let stripe: FakeStripe;
let shop: Awaited<ReturnType<typeof createCheckoutStore>>;

beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_URL = stripe.url;
  shop = await createCheckoutStore();
});
afterAll(() => stripe.close());

const REQUIRED = "sessionId, customerEmail, and customerName are required";

describe("POST /checkout validation", () => {
  it.each(["sessionId", "customerEmail", "customerName"])("answers 400 when %s is missing", async (field) => {
    const body: Record<string, unknown> = checkoutBody(randomUUID());
    delete body[field];
    const { status, body: answer } = await postCheckout(shop.siteId, body);
    expect(status).toBe(400);
    expect(answer).toEqual({ success: false, message: REQUIRED, errorCode: "validation_error" });
  });

  it("answers 404 Cart not found for a session without a cart, and 400 Cart is empty for an empty one", async () => {
    expect(await postCheckout(shop.siteId, checkoutBody(randomUUID()))).toMatchObject({ status: 404, body: { message: "Cart not found" } });
    const sessionId = await cartWith(shop.siteId, shop.product.id, 1);
    await db().cartItem.deleteMany({ where: { cart: { sessionId } } });
    expect(await postCheckout(shop.siteId, checkoutBody(sessionId))).toMatchObject({ status: 400, body: { message: "Cart is empty", errorCode: "cart_empty" } });
  });

  it.each(["NOPE", "OLD", "BIG"])("answers 400 Invalid discount code for %s", async (discountCode) => {
    const sessionId = await cartWith(shop.siteId, shop.product.id, 1);
    const { status, body } = await postCheckout(shop.siteId, checkoutBody(sessionId, { discountCode }));
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, message: "Invalid discount code", errorCode: "invalid_discount_code" });
  });

  it("answers 400 Invalid shipping rate for an unknown rate or one that does not ship to the address", async () => {
    const sessionId = await cartWith(shop.siteId, shop.product.id, 1);
    for (const [shippingRateId, shippingAddress] of [
      [999_999, undefined],
      [shop.rateId, { country: "DE", city: "Berlin" }],
      ["live:rate_unknown", undefined],
    ] as const) {
      const { status, body } = await postCheckout(shop.siteId, checkoutBody(sessionId, { shippingRateId, ...(shippingAddress ? { shippingAddress } : {}) }));
      expect(status).toBe(400);
      expect(body.message).toBe("Invalid shipping rate");
    }
  });
});

describe("POST /checkout", () => {
  it("prices the order, stores it pending with prices frozen, holds stock and opens a PaymentIntent", async () => {
    const sessionId = await cartWith(shop.siteId, shop.product.id, 2);
    const { status, body } = await postCheckout(shop.siteId, checkoutBody(sessionId, { shippingRateId: shop.rateId, customerNote: "Gift wrap" }));
    expect(status).toBe(200);
    const result = checkoutResultSchema.strict().parse(body.data);
    // 2 × $25.00 + $9.95 shipping + 7.7% Oregon tax on $50.00 = $63.80, the spec's example.
    expect(result).toMatchObject({ total: 6380, amountDue: 6380, currency: "USD", publishableKey: "pk_test_fake", paymentMode: "stripe" });
    expect(result.orderNumber).toMatch(/^ORD-\d{4}$/);

    const intent = stripe.intents.get(result.clientSecret!.split("_secret_")[0])!;
    expect(intent).toMatchObject({ amount: 6380, currency: "usd", receipt_email: "Jane@Example.com", metadata: { orderNumber: result.orderNumber } });
    const create = stripe.requests.find((r) => r.path === "/v1/payment_intents" && r.form.get("metadata[orderNumber]") === result.orderNumber)!;
    expect(create.authorization).toBe("Bearer sk_test_fake");
    expect(create.idempotencyKey).toBe(`order-${shop.siteId}-${result.orderId}`);

    const order = await db().order.findUniqueOrThrow({ where: { id: result.orderId }, include: { items: true, statusHistory: true, payments: true } });
    expect(order).toMatchObject({
      status: "pending",
      paymentStatus: "pending",
      customerEmail: "jane@example.com",
      subtotal: 5000,
      shippingTotal: 995,
      taxTotal: 385,
      discountTotal: 0,
      total: 6380,
      shippingMethod: "USPS Priority Mail",
      stripePaymentIntentId: intent.id,
      customerNote: "Gift wrap",
      shippingAddress: { city: "Portland", state: "OR", country: "US", line1: "123 Main St", postalCode: "97201" },
    });
    expect(order.items).toEqual([expect.objectContaining({ productName: "Classic Crew Tee", unitPrice: 2500, quantity: 2, total: 5000 })]);
    expect(order.statusHistory.map((h) => h.toStatus)).toEqual(["pending"]);
    expect(order.payments).toEqual([expect.objectContaining({ providerPaymentId: intent.id, amount: 6380, status: "requires_payment_method" })]);
    expect((await db().product.findUniqueOrThrow({ where: { id: shop.product.id } })).inventory).toBe(3);
    await db().product.update({ where: { id: shop.product.id }, data: { inventory: 5 } });
  });

  it("applies a percent code and free shipping, and holds one use of the code", async () => {
    const sessionId = await cartWith(shop.siteId, shop.product.id, 1);
    const tenOff = await postCheckout(shop.siteId, checkoutBody(sessionId, { shippingRateId: shop.rateId, discountCode: "tenoff" }));
    // $25.00 − 10% = $22.50, + $9.95, + 7.7% of $22.50 ($1.73) = $34.18
    expect(tenOff.body.data.total).toBe(3418);
    expect((await db().discountCode.findFirstOrThrow({ where: { siteId: shop.siteId, code: "TENOFF" } })).usedCount).toBe(1);
    const freeShip = await postCheckout(shop.siteId, checkoutBody(await cartWith(shop.siteId, shop.product.id, 1), { shippingRateId: shop.rateId, discountCode: "FREESHIP" }));
    expect(freeShip.body.data.total).toBe(2500 + 193);
    await db().product.update({ where: { id: shop.product.id }, data: { inventory: 5 } });
  });

  it("lets a gift certificate pay part of the order, and the rest through Stripe", async () => {
    const sessionId = await cartWith(shop.siteId, shop.product.id, 3);
    const { body } = await postCheckout(shop.siteId, checkoutBody(sessionId, { giftCertificateCode: "gift-50", shippingAddress: { country: "US", state: "WA" } }));
    expect(body.data).toMatchObject({ total: 7500, amountDue: 2500, paymentMode: "stripe" });
    expect(stripe.intents.get(body.data.clientSecret.split("_secret_")[0])!.amount).toBe(2500);
    expect((await db().giftCertificate.findFirstOrThrow({ where: { siteId: shop.siteId, code: "GIFT-50" } })).remainingAmount).toBe(0);
    await db().giftCertificate.updateMany({ where: { siteId: shop.siteId, code: "GIFT-50" }, data: { remainingAmount: 5000, status: "active" } });
    await db().product.update({ where: { id: shop.product.id }, data: { inventory: 5 } });
  });

  it("completes an order a gift certificate pays in full without Stripe, and empties the cart", async () => {
    const sessionId = await cartWith(shop.siteId, shop.product.id, 1);
    const before = stripe.requests.length;
    const { status, body } = await postCheckout(shop.siteId, checkoutBody(sessionId, { giftCertificateCode: "GIFT-50", shippingAddress: { country: "US", state: "WA" } }));
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ clientSecret: null, publishableKey: null, paymentMode: "gift_certificate", total: 2500, amountDue: 0 });
    expect(stripe.requests.length).toBe(before);
    const order = await db().order.findUniqueOrThrow({ where: { id: body.data.orderId } });
    expect(order).toMatchObject({ status: "paid", paymentStatus: "paid", giftCertificateTotal: 2500 });
    expect((await db().cart.findFirstOrThrow({ where: { siteId: shop.siteId, sessionId }, include: { items: true } })).items).toEqual([]);
    await db().giftCertificate.updateMany({ where: { siteId: shop.siteId, code: "GIFT-50" }, data: { remainingAmount: 5000, status: "active" } });
    await db().product.update({ where: { id: shop.product.id }, data: { inventory: 5 } });
  });

  it("answers a retried request with the same Idempotency-Key with the same order and PaymentIntent", async () => {
    const sessionId = await cartWith(shop.siteId, shop.product.id, 1);
    const key = randomUUID();
    const first = await postCheckout(shop.siteId, checkoutBody(sessionId), { "idempotency-key": key });
    const again = await Promise.all([1, 2, 3].map(() => postCheckout(shop.siteId, checkoutBody(sessionId), { "idempotency-key": key })));
    for (const retry of again) expect(retry.body.data).toEqual(first.body.data);
    expect(await db().order.count({ where: { siteId: shop.siteId, idempotencyKey: key } })).toBe(1);
    const intents = [...stripe.intents.values()].filter((i) => i.metadata.orderId === String(first.body.data.orderId));
    expect(intents).toHaveLength(1);
    expect((await db().product.findUniqueOrThrow({ where: { id: shop.product.id } })).inventory).toBe(4);
    await db().product.update({ where: { id: shop.product.id }, data: { inventory: 5 } });
  });

  it("refuses more units than are in stock and holds nothing", async () => {
    const sessionId = await cartWith(shop.siteId, shop.product.id, 3);
    await db().product.update({ where: { id: shop.product.id }, data: { inventory: 2 } });
    const { status, body } = await postCheckout(shop.siteId, checkoutBody(sessionId, { discountCode: "TENOFF" }));
    expect(status).toBe(409);
    expect(body.errorCode).toBe("insufficient_stock");
    expect((await db().product.findUniqueOrThrow({ where: { id: shop.product.id } })).inventory).toBe(2);
    await db().product.update({ where: { id: shop.product.id }, data: { inventory: 5 } });
  });

  it("releases the holds and answers 502 when Stripe fails", async () => {
    const sessionId = await cartWith(shop.siteId, shop.product.id, 2);
    const usesBefore = (await db().discountCode.findFirstOrThrow({ where: { siteId: shop.siteId, code: "TENOFF" } })).usedCount;
    stripe.failNextCreates(5);
    const { status, body } = await postCheckout(shop.siteId, checkoutBody(sessionId, { discountCode: "TENOFF" }));
    stripe.failNextCreates(0);
    expect(status).toBe(502);
    expect(body.errorCode).toBe("payment_provider_error");
    expect((await db().product.findUniqueOrThrow({ where: { id: shop.product.id } })).inventory).toBe(5);
    expect((await db().discountCode.findFirstOrThrow({ where: { siteId: shop.siteId, code: "TENOFF" } })).usedCount).toBe(usesBefore);
    const order = await db().order.findFirstOrThrow({ where: { siteId: shop.siteId, cartSessionId: sessionId } });
    expect(order.status).toBe("cancelled");
  });
});

describe("demo payment mode", () => {
  it("answers a demo client secret for a store without Stripe keys", async () => {
    const demo = await createCheckoutStore({ stripe: false });
    const sessionId = randomUUID();
    await addCartItem(demo.siteId, { sessionId, productId: demo.product.id, quantity: 1 });
    const { body } = await postCheckout(demo.siteId, checkoutBody(sessionId));
    expect(body.data).toMatchObject({ paymentMode: "demo", publishableKey: null });
    expect(body.data.clientSecret).toMatch(/^demo_pi_[\w-]{43}_secret_demo$/);
  });

  it("is refused in production unless the store enables it", async () => {
    const demo = await createCheckoutStore({ stripe: false });
    const sessionId = await cartWith(demo.siteId, demo.product.id, 1);
    const env = process.env as Record<string, string>;
    const previous = env.NODE_ENV;
    env.NODE_ENV = "production";
    try {
      const refused = await postCheckout(demo.siteId, checkoutBody(sessionId));
      expect(refused.status).toBe(503);
      expect(refused.body.message).toBe("Payments are not configured for this store");
      await db().store.update({ where: { siteId: demo.siteId }, data: { demoPaymentsEnabled: true } });
      expect((await postCheckout(demo.siteId, checkoutBody(sessionId))).body.data.paymentMode).toBe("demo");
    } finally {
      env.NODE_ENV = previous;
    }
  });
});
