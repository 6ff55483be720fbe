import { describe, expect, it } from "vitest";
import { GET as orderRoute } from "@/app/api/storefront/[siteId]/orders/[orderNumber]/route";
import { db } from "@/lib/db";
import { canMove, transitionOrder } from "@/lib/orders/order-status";
import { guestOrderSchema } from "@/lib/orders/schemas";
import { callRoute } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";

const lookup = (siteId: number, orderNumber: string, query: string, headers: Record<string, string> = {}) =>
  callRoute(orderRoute, `/api/storefront/${siteId}/orders/${orderNumber}${query}`, { params: { siteId: String(siteId), orderNumber }, headers });

async function placedOrder() {
  const shop = await createCheckoutStore({ stripe: false });
  const sessionId = await cartWith(shop.siteId, shop.product.id, 2);
  const { body } = await postCheckout(shop.siteId, checkoutBody(sessionId, { shippingRateId: shop.rateId }));
  return { siteId: shop.siteId, orderId: body.data.orderId as number, orderNumber: body.data.orderNumber as string };
}

describe("GET /orders/{orderNumber}", () => {
  it("answers the full record the spec shows, for the right email in any case", async () => {
    const order = await placedOrder();
    await transitionOrder({ orderId: order.orderId, to: "paid", actor: "test" });
    await transitionOrder({ orderId: order.orderId, to: "shipped", actor: "merchant" });
    await db().order.update({
      where: { id: order.orderId },
      data: { carrier: "USPS", trackingNumber: "9400111899222", trackingUrl: "https://tools.usps.com/x", latestTrackingStatus: "In Transit", latestTrackingEventAt: new Date("2026-06-22T14:30:00Z") },
    });
    await db().trackingEvent.createMany({
      data: [
        { orderId: order.orderId, eventType: "tracker.created", payload: { status: "pre_transit" }, processedAt: new Date("2026-06-21T12:00:00Z") },
        { orderId: order.orderId, eventType: "tracker.updated", payload: { status: "in_transit" }, processedAt: new Date("2026-06-22T14:30:00Z") },
      ],
    });
    const { status, body } = await lookup(order.siteId, order.orderNumber, "?email=JANE@example.com");
    expect(status).toBe(200);
    const found = guestOrderSchema.strict().parse(body.data);
    expect(found).toMatchObject({
      orderNumber: order.orderNumber,
      status: "shipped",
      paymentStatus: "pending",
      customerName: "Jane Smith",
      customerEmail: "jane@example.com",
      shippingAddress: { city: "Portland", state: "OR" },
      billingAddress: null,
      subtotal: 5000,
      shippingTotal: 995,
      taxTotal: 385,
      discountTotal: 0,
      total: 6380,
      shippingMethod: "USPS Priority Mail",
      carrier: "USPS",
      trackingNumber: "9400111899222",
      latestTrackingStatus: "In Transit",
      latestTrackingEventAt: "2026-06-22T14:30:00.000Z",
      deliveredAt: null,
      items: [{ productName: "Classic Crew Tee", variantName: null, sku: null, unitPrice: 2500, quantity: 2, total: 5000 }],
    });
    expect(found.paidAt).toMatch(/Z$/);
    expect(found.shippedAt).toMatch(/Z$/);
    expect(found.trackingEvents.map((e) => e.eventType)).toEqual(["tracker.updated", "tracker.created"]);
  });

  it("gives byte-identical 404s for a wrong email, a missing one and an unknown number", async () => {
    const order = await placedOrder();
    const wrong = await lookup(order.siteId, order.orderNumber, "?email=someone@else.com");
    const missing = await lookup(order.siteId, order.orderNumber, "");
    const unknown = await lookup(order.siteId, "ORD-9999", "?email=jane@example.com");
    expect(wrong.status).toBe(404);
    expect(wrong.text).toBe(JSON.stringify({ success: false, message: "Order not found", errorCode: "not_found" }));
    expect(missing.text).toBe(wrong.text);
    expect(unknown.text).toBe(wrong.text);
    const otherSite = await createCheckoutStore({ stripe: false });
    expect((await lookup(otherSite.siteId, order.orderNumber, "?email=jane@example.com")).text).toBe(wrong.text);
  });

  it("answers the 11th lookup of one order number within an hour with 429 and Retry-After", async () => {
    const order = await placedOrder();
    for (let i = 0; i < 10; i++) expect((await lookup(order.siteId, order.orderNumber, `?email=guess${i}@example.com`)).status).toBe(404);
    const blocked = await lookup(order.siteId, order.orderNumber, "?email=jane@example.com");
    expect(blocked.status).toBe(429);
    expect(blocked.body.errorCode).toBe("rate_limited");
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("the order status lifecycle", () => {
  it("allows only the lifecycle's moves", () => {
    expect(canMove("pending", "paid")).toBe(true);
    expect(canMove("paid", "shipped")).toBe(true);
    expect(canMove("shipped", "delivered")).toBe(true);
    expect(canMove("delivered", "shipped")).toBe(false);
    expect(canMove("cancelled", "paid")).toBe(false);
    expect(canMove("pending", "delivered")).toBe(false);
  });

  it("stamps each status's time and keeps every change in the history", async () => {
    const order = await placedOrder();
    for (const to of ["paid", "processing", "shipped", "delivered"] as const) await transitionOrder({ orderId: order.orderId, to, actor: "merchant" });
    const row = await db().order.findUniqueOrThrow({ where: { id: order.orderId }, include: { statusHistory: { orderBy: { id: "asc" } } } });
    expect(row.statusHistory.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, "pending"],
      ["pending", "paid"],
      ["paid", "processing"],
      ["processing", "shipped"],
      ["shipped", "delivered"],
    ]);
    expect([row.paidAt, row.shippedAt, row.deliveredAt].every((d) => d instanceof Date)).toBe(true);
    await expect(transitionOrder({ orderId: order.orderId, to: "cancelled", actor: "merchant" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("lets only one of two racing moves apply", async () => {
    const order = await placedOrder();
    const results = await Promise.allSettled([
      transitionOrder({ orderId: order.orderId, to: "cancelled", actor: "a" }),
      transitionOrder({ orderId: order.orderId, to: "paid", actor: "b" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().orderStatusHistory.count({ where: { orderId: order.orderId } })).toBe(2);
  });
});
