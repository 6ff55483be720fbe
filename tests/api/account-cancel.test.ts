import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as cancelRoute from "@/app/api/storefront/[siteId]/account/orders/[orderNumber]/cancel/route";
import { db } from "@/lib/db";
import { markOrderPaid } from "@/lib/orders/mark-order-paid";
import { transitionOrder } from "@/lib/orders/order-status";
import { callRoute } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { bearer, signUp } from "../support/customers";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";

let stripe: FakeStripe;
beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_URL = stripe.url;
});
afterAll(() => stripe.close());

async function setUp(options: { stripe?: boolean } = {}) {
  const shop = await createCheckoutStore(options);
  const customer = await signUp(shop.siteId, { emailVerified: true });
  const stock = async () => (await db().product.findUniqueOrThrow({ where: { id: shop.product.id } })).inventory;
  const place = async (extra: Record<string, unknown> = {}) => {
    const { body } = await postCheckout(shop.siteId, { ...checkoutBody(await cartWith(shop.siteId, shop.product.id, 2), extra), customerEmail: customer.email });
    return body.data as { orderId: number; orderNumber: string; clientSecret: string };
  };
  const cancel = (orderNumber: string, body: unknown, token = customer.token) =>
    callRoute(cancelRoute.POST, `/api/storefront/${shop.siteId}/account/orders/${orderNumber}/cancel`, {
      params: { siteId: String(shop.siteId), orderNumber },
      method: "POST",
      body,
      headers: bearer(token),
    });
  return { shop, customer, stock, place, cancel };
}

describe("POST /account/orders/{orderNumber}/cancel", () => {
  it("cancels an unpaid order: cancels its PaymentIntent and releases the stock, with the reason in the history", async () => {
    const { stock, place, cancel } = await setUp();
    const order = await place();
    expect(await stock()).toBe(3);
    const { status, body } = await cancel(order.orderNumber, { reason: "Ordered the wrong size" });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ status: "cancelled", cancelReason: "Cancelled by the customer: Ordered the wrong size" });
    expect(await stock()).toBe(5);
    expect(stripe.intents.get(order.clientSecret.split("_secret_")[0])!.status).toBe("canceled");
    const history = await db().orderStatusHistory.findMany({ where: { orderId: order.orderId }, orderBy: { id: "asc" } });
    expect(history.at(-1)).toMatchObject({ fromStatus: "pending", toStatus: "cancelled", actor: "customer" });
  });

  it("refunds a paid order through Stripe, then gives back stock and the code use", async () => {
    const { shop, stock, place, cancel } = await setUp();
    const order = await place({ discountCode: "TENOFF" });
    const intent = stripe.intents.get(order.clientSecret.split("_secret_")[0])!;
    intent.status = "succeeded";
    await markOrderPaid(order.orderId, { providerPaymentId: intent.id, actor: "test" });
    const { body } = await cancel(order.orderNumber, { reason: "Changed my mind" });
    expect(body.data).toMatchObject({ status: "cancelled", paymentStatus: "refunded" });
    expect(stripe.refunds.filter((r) => r.payment_intent === intent.id).map((r) => r.amount)).toEqual([intent.amount]);
    expect(await stock()).toBe(5);
    expect((await db().discountCode.findFirstOrThrow({ where: { siteId: shop.siteId, code: "TENOFF" } })).usedCount).toBe(0);
    expect(await db().refund.findMany({ where: { orderId: order.orderId } })).toEqual([expect.objectContaining({ amount: intent.amount, status: "succeeded" })]);
  });

  it("changes nothing when the refund fails", async () => {
    const { stock, place, cancel } = await setUp();
    const order = await place();
    await markOrderPaid(order.orderId, { providerPaymentId: null, actor: "test" }); // the fake intent never succeeded: Stripe refuses the refund
    const { status, body } = await cancel(order.orderNumber, { reason: "x" });
    expect(status).toBe(502);
    expect(body.errorCode).toBe("payment_provider_error");
    expect((await db().order.findUniqueOrThrow({ where: { id: order.orderId } })).status).toBe("paid");
    expect(await stock()).toBe(3);
  });

  it("refuses a shipped order, needs a reason, and keeps other customers out", async () => {
    const { shop, place, cancel } = await setUp({ stripe: false });
    const order = await place();
    expect((await cancel(order.orderNumber, {})).body).toMatchObject({ message: "reason is required", errorCode: "validation_error" });
    const stranger = await signUp(shop.siteId);
    expect((await cancel(order.orderNumber, { reason: "mine now" }, stranger.token)).status).toBe(404);
    expect((await cancel(order.orderNumber, { reason: "x" }, "bad")).status).toBe(401);
    await markOrderPaid(order.orderId, { providerPaymentId: null, actor: "test" });
    await transitionOrder(db(), { orderId: order.orderId, to: "shipped", actor: "merchant" });
    const late = await cancel(order.orderNumber, { reason: "too late" });
    expect(late.status).toBe(409);
    expect(late.body.message).toBe("An order that is shipped can no longer be cancelled");
  });
});
