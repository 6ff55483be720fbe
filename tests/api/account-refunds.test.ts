import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as cancelRoute from "@/app/api/storefront/[siteId]/account/orders/[orderNumber]/cancel/route";
import { db } from "@/lib/db";
import { refundSchema } from "@/lib/orders/refunds";
import { transitionOrder } from "@/lib/orders/order-status";
import { callRoute } from "../support/api";
import { deliverStripeEvent } from "../support/checkout-fixtures";
import { bearer, signUp } from "../support/customers";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";
import { orderMoneyShop, payOrder } from "../support/order-money";

let stripe: FakeStripe;
beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_URL = stripe.url;
});
afterAll(() => stripe.close());

// 3 × $25.00 less 10% (TENOFF) = $67.50, plus $9.95 shipping and 7.7% Oregon tax on $67.50 ($5.20): $82.65.
// The goods with their discount and tax are $72.70 of it; each unit's share is a third.
const GOODS = 8265 - 995;

async function paidOrder(options: { policy?: boolean; delivered?: boolean } = {}) {
  const world = await orderMoneyShop();
  if (options.policy !== false) await db().store.update({ where: { siteId: world.shop.siteId }, data: { refundPolicyEnabled: true, refundWindowDays: 14 } });
  const order = await world.place(3, { discountCode: "TENOFF", shippingRateId: String(world.shop.rateId) });
  await payOrder(stripe, order);
  if (options.delivered) {
    await transitionOrder(db(), { orderId: order.orderId, to: "shipped", actor: "merchant" });
    await transitionOrder(db(), { orderId: order.orderId, to: "delivered", actor: "carrier" });
  }
  const refund = (quantity: number, token?: string) => world.call("refunds", "POST", order.orderNumber, { items: [{ orderItemId: order.itemId, quantity }], reason: "Did not fit" }, token);
  const state = () => db().order.findUniqueOrThrow({ where: { id: order.orderId }, select: { status: true, paymentStatus: true, total: true } });
  return { ...world, order, refund, state };
}

describe("POST /account/orders/{orderNumber}/refunds", () => {
  it("is refused while the store's refund policy is off (the default)", async () => {
    const { refund, shop, order } = await paidOrder({ policy: false });
    expect((await db().store.findUniqueOrThrow({ where: { siteId: shop.siteId } })).refundPolicyEnabled).toBe(false);
    const { status, body } = await refund(1);
    expect(status).toBe(403);
    expect(body).toMatchObject({ success: false, errorCode: "refunds_disabled" });
    expect(await db().refund.count({ where: { orderId: order.orderId } })).toBe(0);
    expect(stripe.refunds.filter((r) => r.payment_intent === order.intentId)).toEqual([]);
  });

  it("refunds units at their paid share through Stripe, lists them, and moves the order to refunded once every unit is back", async () => {
    const { order, refund, state, call } = await paidOrder({ delivered: true });
    const first = await refund(1);
    expect(first.status).toBe(201);
    const made = refundSchema.strict().parse(first.body.data);
    expect(made).toMatchObject({ amount: Math.floor(GOODS / 3), status: "succeeded", requestedBy: "customer", reason: "Did not fit", items: [{ orderItemId: order.itemId, quantity: 1 }] });
    const atStripe = stripe.refunds.filter((r) => r.payment_intent === order.intentId);
    expect(atStripe.map((r) => r.amount)).toEqual([made.amount]);
    expect(stripe.requests.find((r) => r.path === "/v1/refunds" && r.form.get("payment_intent") === order.intentId)?.idempotencyKey).toMatch(/^refund-\d+-\d+$/);
    expect(await state()).toMatchObject({ status: "delivered", paymentStatus: "partially_refunded", total: 8265 });

    const rest = await refund(2);
    expect(rest.status).toBe(201);
    // Every unit back: exactly the goods' value, whatever the rounding of each refund; shipping stays.
    expect(made.amount + rest.body.data.amount).toBe(GOODS);
    expect(await state()).toMatchObject({ status: "refunded", paymentStatus: "refunded" });
    const listed = await call("refunds", "GET", order.orderNumber);
    expect(listed.body.data.map((r: { amount: number }) => r.amount)).toEqual([made.amount, GOODS - made.amount]);
  });

  it("refuses more units than were bought less those refunded, unknown items, and a second refund of the last unit", async () => {
    const { order, refund, call } = await paidOrder();
    expect((await refund(4)).body).toMatchObject({ errorCode: "validation_error", message: `items: at most 3 of order item ${order.itemId} can still be refunded` });
    const unknown = await call("refunds", "POST", order.orderNumber, { items: [{ orderItemId: 2_000_000_000, quantity: 1 }], reason: "x" });
    expect(unknown.body).toMatchObject({ errorCode: "validation_error", message: "items: order item 2000000000 is not on this order" });
    expect((await refund(3)).status).toBe(201);
    expect((await refund(1)).body).toMatchObject({ errorCode: "conflict", message: "An order that is refunded (payment refunded) cannot be refunded" });
    const invalid = await call("refunds", "POST", order.orderNumber, { items: [], reason: "" });
    expect(invalid.status).toBe(400);
  });

  it("counts earlier refunds: at most what is left of a line", async () => {
    const { order, refund } = await paidOrder();
    expect((await refund(2)).status).toBe(201);
    expect((await refund(2)).body).toMatchObject({ errorCode: "validation_error", message: `items: at most 1 of order item ${order.itemId} can still be refunded` });
  });

  it("keeps to the window (from delivery) and to refundable products", async () => {
    const { order, refund, shop } = await paidOrder({ delivered: true });
    await db().order.update({ where: { id: order.orderId }, data: { deliveredAt: new Date(Date.now() - 15 * 24 * 3600_000) } });
    expect((await refund(1)).body).toMatchObject({ errorCode: "refund_window_closed" });
    expect((await refund(1)).status).toBe(409);
    await db().order.update({ where: { id: order.orderId }, data: { deliveredAt: new Date(Date.now() - 13 * 24 * 3600_000) } });
    await db().product.update({ where: { id: shop.product.id }, data: { refundable: false } });
    const excluded = await refund(1);
    expect(excluded.status).toBe(409);
    expect(excluded.body).toMatchObject({ errorCode: "item_not_refundable", message: "Classic Crew Tee is not refundable under this store's policy" });
    await db().product.update({ where: { id: shop.product.id }, data: { refundable: true } });
    expect((await refund(1)).status).toBe(201);
  });

  it("refuses an unpaid order and hides another customer's order", async () => {
    const world = await orderMoneyShop();
    await db().store.update({ where: { siteId: world.shop.siteId }, data: { refundPolicyEnabled: true } });
    const unpaid = await world.place(1);
    const ask = (token?: string) => world.call("refunds", "POST", unpaid.orderNumber, { items: [{ orderItemId: unpaid.itemId, quantity: 1 }], reason: "x" }, token);
    expect((await ask()).status).toBe(409);
    const stranger = await signUp(world.shop.siteId);
    expect((await ask(stranger.token)).status).toBe(404);
    expect((await world.call("refunds", "GET", unpaid.orderNumber, undefined, stranger.token)).status).toBe(404);
    expect((await ask("not-a-token")).status).toBe(401);
  });

  it("keeps a refund Stripe refuses as failed, so its units can be asked for again", async () => {
    const world = await orderMoneyShop();
    await db().store.update({ where: { siteId: world.shop.siteId }, data: { refundPolicyEnabled: true } });
    const order = await world.place(1);
    await payOrder(null, order); // the fake intent never succeeded: Stripe refuses to refund it
    const ask = () => world.call("refunds", "POST", order.orderNumber, { items: [{ orderItemId: order.itemId, quantity: 1 }], reason: "x" });
    const refused = await ask();
    expect(refused.status).toBe(502);
    expect(refused.body.errorCode).toBe("payment_provider_error");
    expect((await world.call("refunds", "GET", order.orderNumber)).body.data).toEqual([expect.objectContaining({ status: "failed", items: [expect.objectContaining({ quantity: 1 })] })]);
    expect((await db().order.findUniqueOrThrow({ where: { id: order.orderId } })).paymentStatus).toBe("paid");
    stripe.intents.get(order.intentId!)!.status = "succeeded";
    expect((await ask()).status).toBe(201);
  });

  it("follows Stripe's later word on a refund (refund.updated, charge.refunded): a failed one gives its money back to the order", async () => {
    const { order, refund, state, shop } = await paidOrder();
    const made = (await refund(1)).body.data;
    const row = await db().refund.findUniqueOrThrow({ where: { id: made.id } });
    const delivered = await deliverStripeEvent(shop.siteId, { type: "refund.updated", object: { id: row.providerRefundId, object: "refund", status: "failed", failure_reason: "expired_or_canceled_card" } });
    expect(delivered.body.data).toMatchObject({ handled: true });
    expect(await db().refund.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({ status: "failed", failureMessage: "expired_or_canceled_card" });
    expect(await state()).toMatchObject({ paymentStatus: "paid" });
    expect((await refund(3)).status).toBe(201);
    // charge.refunded lists the charge's refunds: one already as recorded changes nothing.
    const latest = await db().refund.findFirstOrThrow({ where: { orderId: order.orderId, status: "succeeded" } });
    const charge = { id: "ch_1", object: "charge", refunds: { object: "list", data: [{ id: latest.providerRefundId, object: "refund", status: "succeeded" }] } };
    expect((await deliverStripeEvent(shop.siteId, { type: "charge.refunded", object: charge })).body.data).toMatchObject({ handled: false });
    const canceled = { ...charge, refunds: { object: "list", data: [{ id: latest.providerRefundId, object: "refund", status: "canceled" }] } };
    expect((await deliverStripeEvent(shop.siteId, { type: "charge.refunded", object: canceled })).body.data).toMatchObject({ handled: true });
    expect(await state()).toMatchObject({ paymentStatus: "paid" });
  });

  it("keeps a refund whose answer was lost pending, holding its units, until Stripe's event settles it", async () => {
    const { order, refund, state, shop } = await paidOrder();
    stripe.failNextRefundAnswers(10); // every retry of the call loses its answer too
    const lost = await refund(3);
    expect(lost.status).toBe(502);
    expect(lost.body.message).toBe("The payment provider did not confirm the refund; it shows as pending until it does. Please do not ask again.");
    const [row] = await db().refund.findMany({ where: { orderId: order.orderId } });
    expect(row).toMatchObject({ status: "pending", providerRefundId: null });
    // Asking again cannot refund the units a second time: the pending refund holds them.
    stripe.failNextRefundAnswers(0);
    expect((await refund(1)).body).toMatchObject({ errorCode: "validation_error" });
    const made = stripe.refunds.filter((r) => r.payment_intent === order.intentId);
    expect(made).toHaveLength(1);
    const sent = stripe.requests.find((r) => r.path === "/v1/refunds" && r.form.get("payment_intent") === order.intentId)!;
    expect(sent.form.get("metadata[refundId]")).toBe(String(row.id));
    const event = { type: "refund.updated", object: { id: made[0].id, object: "refund", status: "succeeded", metadata: { refundId: String(row.id) } } };
    expect((await deliverStripeEvent(shop.siteId, event)).body.data).toMatchObject({ handled: true });
    expect(await db().refund.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "succeeded", providerRefundId: made[0].id });
    expect(await state()).toMatchObject({ status: "refunded", paymentStatus: "refunded" });
  });

  it("leaves only the rest to a cancellation after a partial refund", async () => {
    const { order, refund, customer, shop } = await paidOrder();
    const first = (await refund(1)).body.data;
    const cancelled = await callRoute(cancelRoute.POST, `/api/storefront/${shop.siteId}/account/orders/${order.orderNumber}/cancel`, {
      params: { siteId: String(shop.siteId), orderNumber: order.orderNumber },
      method: "POST",
      body: { reason: "Changed my mind" },
      headers: bearer(customer.token),
    });
    expect(cancelled.status).toBe(200);
    const amounts = stripe.refunds.filter((r) => r.payment_intent === order.intentId).map((r) => r.amount);
    expect(amounts).toEqual([first.amount, 8265 - first.amount]);
  });
});

describe(`concurrent refund requests (${inject("databaseKind")})`, () => {
  it("never refund a unit twice or more than was paid", async () => {
    const { order, refund, state } = await paidOrder();
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => refund(i % 2 === 0 ? 2 : 1)));
    const made = answers.filter((a) => a.status === 201);
    const units = made.reduce((sum, a) => sum + a.body.data.items[0].quantity, 0);
    // Whatever the interleaving, the 1s and 2s add up to exactly the 3 units bought, never more.
    expect(units).toBe(3);
    expect(answers.filter((a) => a.status !== 201).every((a) => a.body.errorCode === "validation_error" || a.body.errorCode === "conflict")).toBe(true);
    const atStripe = stripe.refunds.filter((r) => r.payment_intent === order.intentId).reduce((sum, r) => sum + r.amount, 0);
    const recorded = await db().refund.aggregate({ where: { orderId: order.orderId, status: "succeeded" }, _sum: { amount: true } });
    expect(recorded._sum.amount).toBe(atStripe);
    expect(atStripe).toBe(GOODS);
    expect(await state()).toMatchObject({ paymentStatus: "refunded" });
    expect(await db().refundItem.aggregate({ where: { refund: { orderId: order.orderId, status: "succeeded" } }, _sum: { quantity: true } })).toMatchObject({ _sum: { quantity: units } });
  });
});
