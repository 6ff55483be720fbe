import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeDemoPayment } from "@/lib/checkout/confirm-payment";
import { db } from "@/lib/db";
import { listOutbox } from "@/lib/email/mailer";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "@/tests/support/checkout-fixtures";
import { startFakeStripe, type FakeStripe } from "@/tests/support/fake-stripe";
import { expirePendingOrders } from "./expire-pending-orders";

// The sweep covers every site in the database other test files share, so each test backdates
// orders of its own instead of moving `now`, and checks those orders rather than the run's totals.

let stripe: FakeStripe;
beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_URL = stripe.url;
});
afterAll(() => stripe.close());

type Shop = Awaited<ReturnType<typeof createCheckoutStore>>;

async function openShop(options: { stripe?: boolean } = {}) {
  const shop = await createCheckoutStore(options);
  await db().product.update({ where: { id: shop.product.id }, data: { inventory: 20 } });
  return shop;
}

async function placeOrder(shop: Shop, quantity = 1, extra: Record<string, unknown> = {}) {
  const sessionId = await cartWith(shop.siteId, shop.product.id, quantity);
  const { status, body } = await postCheckout(shop.siteId, checkoutBody(sessionId, { shippingAddress: { country: "US", state: "WA" }, ...extra }));
  expect(status).toBe(200);
  return { id: body.data.orderId as number, orderNumber: body.data.orderNumber as string, intentId: (body.data.clientSecret as string).split("_secret_")[0] };
}

const placedHoursAgo = (ids: number[], hours = 2) => db().order.updateMany({ where: { id: { in: ids } }, data: { createdAt: new Date(Date.now() - hours * 60 * 60 * 1000) } });
const order = (id: number) => db().order.findUniqueOrThrow({ where: { id }, include: { statusHistory: { orderBy: { id: "asc" } } } });
const stock = async (shop: Shop) => (await db().product.findUniqueOrThrow({ where: { id: shop.product.id } })).inventory;
const cancellations = async (id: number) => (await order(id)).statusHistory.filter((h) => h.toStatus === "cancelled");

describe("expirePendingOrders with demo payments", () => {
  it("cancels orders unpaid past the TTL and gives back stock, code use and gift balance; paid and recent ones stay", async () => {
    const shop = await openShop({ stripe: false });
    const stale = await placeOrder(shop, 3, { discountCode: "TENOFF", giftCertificateCode: "GIFT-50" });
    const declined = await placeOrder(shop);
    await completeDemoPayment(shop.siteId, { orderNumber: declined.orderNumber, paymentIntentId: declined.intentId, outcome: "failed" });
    const paid = await placeOrder(shop);
    await completeDemoPayment(shop.siteId, { orderNumber: paid.orderNumber, paymentIntentId: paid.intentId, outcome: "succeeded" });
    const recent = await placeOrder(shop);
    await placedHoursAgo([stale.id, declined.id, paid.id]);
    expect(await stock(shop)).toBe(15);
    expect(await db().discountCode.findFirstOrThrow({ where: { siteId: shop.siteId, code: "TENOFF" } })).toMatchObject({ usedCount: 1 });
    expect(await db().giftCertificate.findFirstOrThrow({ where: { siteId: shop.siteId, code: "GIFT-50" } })).toMatchObject({ remainingAmount: 0 });

    expect((await expirePendingOrders()).cancelled).toBeGreaterThanOrEqual(2);
    expect(await order(stale.id)).toMatchObject({ status: "cancelled", cancelReason: "Not paid in time", holdsReleasedAt: expect.any(Date) });
    expect((await order(stale.id)).statusHistory.at(-1)).toMatchObject({ fromStatus: "pending", toStatus: "cancelled", actor: "system", note: "Not paid in time" });
    // A declined card gave the holds back already; the order is cancelled without giving them twice.
    expect(await order(declined.id)).toMatchObject({ status: "cancelled", paymentStatus: "failed" });
    expect(await order(paid.id)).toMatchObject({ status: "paid", paymentStatus: "paid" });
    expect(await order(recent.id)).toMatchObject({ status: "pending", holdsReleasedAt: null });
    expect(await stock(shop)).toBe(18);
    expect(await db().discountCode.findFirstOrThrow({ where: { siteId: shop.siteId, code: "TENOFF" } })).toMatchObject({ usedCount: 0 });
    expect(await db().giftCertificate.findFirstOrThrow({ where: { siteId: shop.siteId, code: "GIFT-50" } })).toMatchObject({ remainingAmount: 5000, status: "active" });

    await expirePendingOrders();
    expect(await stock(shop)).toBe(18);
    for (const id of [stale.id, declined.id]) expect(await cancellations(id)).toHaveLength(1);
  });

  it("honours ttlMinutes", async () => {
    const shop = await openShop({ stripe: false });
    const placed = await placeOrder(shop);
    await placedHoursAgo([placed.id], 0.5);
    await expirePendingOrders({ ttlMinutes: 60 });
    expect((await order(placed.id)).status).toBe("pending");
    await expirePendingOrders({ ttlMinutes: 20 });
    expect((await order(placed.id)).status).toBe("cancelled");
  });
});

describe("expirePendingOrders with Stripe", () => {
  const requestsFor = (intentId: string, since: number) => stripe.requests.slice(since).filter((r) => r.path.startsWith(`/v1/payment_intents/${intentId}`));

  it("cancels the PaymentIntent before cancelling the order, completes one that succeeded and skips one processing", async () => {
    const shop = await openShop();
    const [unpaid, paidLate, processing, alreadyCanceled, recent] = [
      await placeOrder(shop),
      await placeOrder(shop),
      await placeOrder(shop),
      await placeOrder(shop),
      await placeOrder(shop),
    ];
    await placedHoursAgo([unpaid.id, paidLate.id, processing.id, alreadyCanceled.id]);
    stripe.intents.get(paidLate.intentId)!.status = "succeeded";
    stripe.intents.get(processing.intentId)!.status = "processing";
    stripe.intents.get(alreadyCanceled.intentId)!.status = "canceled";
    const since = stripe.requests.length;

    const counts = await expirePendingOrders();
    expect(counts.cancelled).toBeGreaterThanOrEqual(2);
    expect(counts.completed).toBeGreaterThanOrEqual(1);
    expect(counts.skipped).toBeGreaterThanOrEqual(1);
    expect(requestsFor(unpaid.intentId, since).map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /v1/payment_intents/${unpaid.intentId}`,
      `POST /v1/payment_intents/${unpaid.intentId}/cancel`,
    ]);
    expect(requestsFor(unpaid.intentId, since)[1].authorization).toBe("Bearer sk_test_fake");
    expect(stripe.intents.get(unpaid.intentId)!.status).toBe("canceled");
    expect((await order(unpaid.id)).status).toBe("cancelled");
    expect((await order(alreadyCanceled.id)).status).toBe("cancelled");
    expect(requestsFor(alreadyCanceled.intentId, since).some((r) => r.path.endsWith("/cancel"))).toBe(false);
    // Paid while nobody told us (its webhook lost): completed as the webhook would, and confirmed.
    expect(await order(paidLate.id)).toMatchObject({ status: "paid", paymentStatus: "paid", holdsReleasedAt: null });
    expect((await listOutbox({ limit: 500 })).some((mail) => mail.tag === "order-confirmation" && mail.subject.includes(paidLate.orderNumber))).toBe(true);
    // Still being paid: left for the webhook, tried again after the others next time.
    expect(await order(processing.id)).toMatchObject({ status: "pending", holdsReleasedAt: null, expiryAttemptedAt: expect.any(Date) });
    for (const notCancelled of [paidLate, processing]) {
      expect(requestsFor(notCancelled.intentId, since).some((r) => r.path.endsWith("/cancel"))).toBe(false);
    }
    expect(requestsFor(recent.intentId, since)).toEqual([]);
    expect((await order(recent.id)).status).toBe("pending");
    expect(await stock(shop)).toBe(17);
  });

  it("reaches newer orders past older ones it has to leave pending", async () => {
    const shop = await openShop();
    const stuck = [await placeOrder(shop), await placeOrder(shop), await placeOrder(shop)];
    const newer = await placeOrder(shop);
    await placedHoursAgo(stuck.map((o) => o.id), 5);
    await placedHoursAgo([newer.id]);
    for (const o of stuck) stripe.intents.get(o.intentId)!.status = "processing";

    expect(await expirePendingOrders({ siteId: shop.siteId, limit: 3 })).toMatchObject({ skipped: 3, cancelled: 0 });
    expect((await order(newer.id)).status).toBe("pending");
    expect(await expirePendingOrders({ siteId: shop.siteId, limit: 3 })).toMatchObject({ cancelled: 1, skipped: 2 });
    expect((await order(newer.id)).status).toBe("cancelled");
  });

  it("cancels an order once when runs overlap", async () => {
    const shop = await openShop();
    const placed = await placeOrder(shop, 2);
    await placedHoursAgo([placed.id]);
    await Promise.all([expirePendingOrders(), expirePendingOrders(), expirePendingOrders()]);
    expect((await order(placed.id)).status).toBe("cancelled");
    expect(await cancellations(placed.id)).toHaveLength(1);
    expect(await stock(shop)).toBe(20);
  });
});
