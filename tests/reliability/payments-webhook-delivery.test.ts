import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as verifyRoute from "@/app/api/storefront/[siteId]/checkout/verify/route";
import { db } from "@/lib/db";
import { listOutbox, sendEmail } from "@/lib/email/mailer";
import { callRoute } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, deliverStripeEvent, postCheckout } from "../support/checkout-fixtures";
import { startFakeStripe, type FakeStripe, type FakeIntent } from "../support/fake-stripe";

// Promises: an event delivered many times (in series or at once) fulfils its order once, e-mails
// one confirmation and commits the stock once; events out of order never move a paid order back,
// and a late failure gives the holds back once; a charge that does not match its order never
// marks it paid and is logged.

// Room for 10 naive deliveries of 2 units each: the harness check must not hit the stock CHECK first.
const STOCK = 40;
let stripe: FakeStripe;
let shop: Awaited<ReturnType<typeof createCheckoutStore>>;

beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_URL = stripe.url;
});
beforeEach(async () => {
  shop = await createCheckoutStore();
  await db().product.update({ where: { id: shop.product.id }, data: { inventory: STOCK } });
});
afterAll(() => stripe.close());

type Placed = { orderId: number; email: string; quantity: number; intent: FakeIntent };

/** An order paid by card, with an e-mail address of its own to count its confirmations by. */
async function placeOrder(quantity: number, extra: Record<string, unknown> = {}): Promise<Placed> {
  const sessionId = await cartWith(shop.siteId, shop.product.id, quantity);
  const email = `${randomUUID()}@example.com`;
  const { status, body } = await postCheckout(shop.siteId, checkoutBody(sessionId, { customerEmail: email, ...extra }));
  expect(status).toBe(200);
  expect(body.data.paymentMode).toBe("stripe");
  const intent = stripe.intents.get(body.data.clientSecret.split("_secret_")[0])!;
  return { orderId: body.data.orderId, email, quantity, intent };
}

const intentEvent = (type: string, intent: FakeIntent, object: Record<string, unknown> = {}) => ({
  id: `evt_${randomUUID().replace(/-/g, "")}`,
  type,
  object: { id: intent.id, object: "payment_intent", amount: intent.amount, currency: intent.currency, metadata: intent.metadata, ...object },
});

const stock = async () => (await db().product.findUniqueOrThrow({ where: { id: shop.product.id } })).inventory;
const order = (id: number) => db().order.findUniqueOrThrow({ where: { id }, include: { statusHistory: true, payments: true } });
const confirmations = async (email: string) => (await listOutbox({ limit: 1000 })).filter((m) => m.to === email && m.tag === "order-confirmation").length;

/** Runs one delivery n times, one after another or all at once. */
async function deliver(times: number, mode: "series" | "parallel", once: () => Promise<unknown>) {
  if (mode === "parallel") return void (await Promise.all(Array.from({ length: times }, once)));
  for (let i = 0; i < times; i++) await once();
}

/** What the deliveries did to the order: fulfilments (moves to paid), e-mails, units committed. */
async function effectsOn(placed: Placed) {
  // Confirmations are sent after the response; give a wrong second one time to land.
  await expect.poll(() => confirmations(placed.email), { timeout: 10_000 }).toBeGreaterThan(0);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const history = (await order(placed.orderId)).statusHistory;
  return {
    fulfilments: history.filter((h) => h.toStatus === "paid").length,
    emails: await confirmations(placed.email),
    unitsCommitted: STOCK - (await stock()),
  };
}

describe("a succeeded event delivered 10 times", () => {
  it("catches a naive check-then-act handler (the harness can fail)", async () => {
    const placed = await placeOrder(2);
    await db().order.update({ where: { id: placed.orderId }, data: { holdsReleasedAt: new Date() } });
    await db().product.update({ where: { id: shop.product.id }, data: { inventory: STOCK } });
    // Reads the order, then acts on what it read, as a handler without a conditional write would.
    const naive = async () => {
      const current = await db().order.findUniqueOrThrow({ where: { id: placed.orderId } });
      if (current.status !== "pending") return;
      await db().order.update({ where: { id: placed.orderId }, data: { status: "paid", paymentStatus: "paid", holdsReleasedAt: null } });
      await db().orderStatusHistory.create({ data: { orderId: placed.orderId, fromStatus: "pending", toStatus: "paid", actor: "naive" } });
      if (current.holdsReleasedAt) await db().product.update({ where: { id: shop.product.id }, data: { inventory: { decrement: placed.quantity } } });
      await sendEmail({ to: placed.email, subject: "Your order is confirmed", text: "Paid", html: "<p>Paid</p>", tag: "order-confirmation" });
    };
    await deliver(10, "parallel", naive);
    const effects = await effectsOn(placed);
    expect(effects.fulfilments).toBeGreaterThan(1);
    expect(effects.emails).toBeGreaterThan(1);
    expect(effects.unitsCommitted).toBeGreaterThan(placed.quantity);
  });

  for (const mode of ["series", "parallel"] as const) {
    it(`in ${mode}: one fulfilment, one confirmation, the stock committed once`, async () => {
      const placed = await placeOrder(2);
      const event = intentEvent("payment_intent.succeeded", placed.intent, { status: "succeeded" });
      await deliver(10, mode, async () => expect((await deliverStripeEvent(shop.siteId, event)).status).toBe(200));
      expect(await effectsOn(placed)).toEqual({ fulfilments: 1, emails: 1, unitsCommitted: 2 });
      expect(await order(placed.orderId)).toMatchObject({ status: "paid", paymentStatus: "paid" });
      expect(await db().processedWebhookEvent.count({ where: { eventId: event.id } })).toBe(1);
    });
  }

  it("after a failed attempt gave the stock back, 10 at once take it again exactly once", async () => {
    const placed = await placeOrder(3);
    await deliverStripeEvent(shop.siteId, intentEvent("payment_intent.payment_failed", placed.intent, { last_payment_error: { message: "Declined" } }));
    expect(await stock()).toBe(STOCK);
    // Stripe sends a new event id for each retry of a delivery it did not see acknowledged; the
    // same event id is covered above, so here ten distinct succeeded events race.
    await deliver(10, "parallel", () => deliverStripeEvent(shop.siteId, intentEvent("payment_intent.succeeded", placed.intent)));
    expect(await effectsOn(placed)).toEqual({ fulfilments: 1, emails: 1, unitsCommitted: 3 });
    expect(await order(placed.orderId)).toMatchObject({ status: "paid", holdsReleasedAt: null });
  });
});

describe("events out of order", () => {
  it("never move a paid order backwards", async () => {
    const placed = await placeOrder(2);
    await deliverStripeEvent(shop.siteId, intentEvent("payment_intent.succeeded", placed.intent));
    const late = ["payment_intent.payment_failed", "payment_intent.canceled", "payment_intent.processing", "payment_intent.requires_action"];
    await Promise.all(late.flatMap((type) => [1, 2, 3].map(() => deliverStripeEvent(shop.siteId, intentEvent(type, placed.intent)))));
    for (const type of late) await deliverStripeEvent(shop.siteId, intentEvent(type, placed.intent));
    const paid = await order(placed.orderId);
    expect(paid).toMatchObject({ status: "paid", paymentStatus: "paid", holdsReleasedAt: null, cancelledAt: null });
    expect(paid.statusHistory.map((h) => h.toStatus)).toEqual(["pending", "paid"]);
    expect(await effectsOn(placed)).toEqual({ fulfilments: 1, emails: 1, unitsCommitted: 2 });
  });

  it("a late failure, delivered 10 times at once alongside a cancel, releases every hold exactly once", async () => {
    // 3 × $25.00 less 10% plus 7.7% tax is $72.70: the $50.00 certificate pays part of it.
    const placed = await placeOrder(3, { discountCode: "TENOFF", giftCertificateCode: "GIFT-50" });
    const discount = () => db().discountCode.findFirstOrThrow({ where: { siteId: shop.siteId, code: "TENOFF" } });
    const gift = () => db().giftCertificate.findFirstOrThrow({ where: { siteId: shop.siteId, code: "GIFT-50" } });
    const held = { stock: await stock(), uses: (await discount()).usedCount, balance: (await gift()).remainingAmount };
    const { giftCertificateTotal } = await order(placed.orderId);
    expect(giftCertificateTotal).toBe(5000);
    expect(held).toEqual({ stock: STOCK - 3, uses: 1, balance: 0 });

    const failed = intentEvent("payment_intent.payment_failed", placed.intent, { last_payment_error: { message: "Declined" } });
    await Promise.all([
      ...Array.from({ length: 10 }, () => deliverStripeEvent(shop.siteId, failed)),
      ...Array.from({ length: 5 }, () => deliverStripeEvent(shop.siteId, intentEvent("payment_intent.canceled", placed.intent))),
    ]);
    expect({ stock: await stock(), uses: (await discount()).usedCount, balance: (await gift()).remainingAmount }).toEqual({ stock: STOCK, uses: 0, balance: 5000 });
    expect(await db().giftCertificateRedemption.count({ where: { orderId: placed.orderId } })).toBe(0);
    // One failed attempt, one record of it, however often it was reported.
    const attempts = await db().payment.findMany({ where: { orderId: placed.orderId }, select: { status: true } });
    expect(attempts.map((p) => p.status)).toEqual(["failed"]);
    expect((await order(placed.orderId)).paymentStatus).not.toBe("paid");
  });
});

describe("a succeeded event that does not match its order", () => {
  let errors: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    errors = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => errors.mockRestore());

  const mismatches: [string, (intent: FakeIntent) => Record<string, unknown>, string[]][] = [
    ["an amount one cent short", (i) => ({ amount: i.amount - 1 }), ["amount"]],
    ["an amount one cent over", (i) => ({ amount: i.amount + 1 }), ["amount"]],
    ["another currency", () => ({ currency: "eur" }), ["currency"]],
    ["no currency at all", () => ({ currency: undefined }), ["currency"]],
    ["another order's reference", (i) => ({ metadata: { ...i.metadata, orderId: String(Number(i.metadata.orderId) + 1) } }), ["order reference"]],
    ["another store's reference", (i) => ({ metadata: { ...i.metadata, siteId: String(shop.siteId + 1) } }), ["order reference"]],
    ["no order reference", () => ({ metadata: {} }), ["order reference"]],
  ];
  for (const [what, change, expected] of mismatches) {
    it(`with ${what} leaves it unpaid and logs why`, async () => {
      const placed = await placeOrder(1);
      const { status, body } = await deliverStripeEvent(shop.siteId, intentEvent("payment_intent.succeeded", placed.intent, change(placed.intent)));
      expect(status).toBe(200);
      expect(body.data).toMatchObject({ handled: false });
      expect(await order(placed.orderId)).toMatchObject({ status: "pending", paymentStatus: "pending", paidAt: null });
      expect(errors).toHaveBeenCalledWith(
        "[payments] charge does not match its order; order not marked paid",
        expect.objectContaining({ siteId: shop.siteId, orderId: placed.orderId, intentId: placed.intent.id, mismatches: expected }),
      );
    });
  }

  it("reported by POST /checkout/verify leaves it unpaid and logs why", async () => {
    const placed = await placeOrder(1);
    Object.assign(placed.intent, { status: "succeeded", amount: placed.intent.amount - 1 });
    const { status, body } = await callRoute(verifyRoute.POST, `/api/storefront/${shop.siteId}/checkout/verify`, {
      params: { siteId: String(shop.siteId) },
      method: "POST",
      body: { orderNumber: (await order(placed.orderId)).orderNumber, paymentIntentId: placed.intent.id },
    });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ status: "pending", paid: false });
    expect(errors).toHaveBeenCalledWith(
      "[payments] charge does not match its order; order not marked paid",
      expect.objectContaining({ orderId: placed.orderId, intentId: placed.intent.id, mismatches: ["amount"] }),
    );
  });
});
