import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as orderRoute } from "@/app/api/storefront/[siteId]/orders/[orderNumber]/route";
import { POST as demoPaymentRoute } from "@/app/api/storefront/[siteId]/checkout/demo-payment/route";
import { db } from "@/lib/db";
import { transitionOrder } from "@/lib/orders/order-status";
import { guestOrderSchema } from "@/lib/orders/schemas";
import { callRoute } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";

// Rate limits are hourly fixed windows: pin the clock a minute into the current hour so a run
// that straddles the hour cannot split a test's lookups over two windows.
const HOUR = 3_600_000;
const PINNED = Math.floor(Date.now() / HOUR) * HOUR + 60_000;
beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(PINNED);
});
afterAll(() => vi.useRealTimers());

const lookup = (siteId: number, orderNumber: string, query = "", headers: Record<string, string> = {}) =>
  callRoute(orderRoute, `/api/storefront/${siteId}/orders/${encodeURIComponent(orderNumber)}${query}`, { params: { siteId: String(siteId), orderNumber }, headers });

/** A real order, placed through checkout in demo payment mode (2 × $25.00 to Portland, OR) and paid. */
async function paidOrder(shop?: Awaited<ReturnType<typeof createCheckoutStore>>) {
  shop ??= await createCheckoutStore({ stripe: false });
  const sessionId = await cartWith(shop.siteId, shop.product.id, 2);
  const { body } = await postCheckout(shop.siteId, checkoutBody(sessionId, { shippingRateId: shop.rateId }));
  const paymentIntentId = body.data.clientSecret.replace("_secret_demo", "");
  const paid = await callRoute(demoPaymentRoute, `/api/storefront/${shop.siteId}/checkout/demo-payment`, {
    params: { siteId: String(shop.siteId) },
    method: "POST",
    body: { orderNumber: body.data.orderNumber, paymentIntentId },
  });
  expect(paid.body.data).toMatchObject({ status: "paid", paid: true });
  return { shop, siteId: shop.siteId, orderId: body.data.orderId as number, orderNumber: body.data.orderNumber as string };
}

const NOT_FOUND = JSON.stringify({ success: false, message: "Order not found", errorCode: "not_found" });

describe("GET /orders/{orderNumber}", () => {
  it("answers a shipped order's full record in the spec's shape, tracking events newest first", async () => {
    const order = await paidOrder();
    await transitionOrder(db(), { orderId: order.orderId, to: "shipped", actor: "merchant" });
    const items = await db().orderItem.findMany({ where: { orderId: order.orderId } });
    const shipment = await db().shipment.create({
      data: { orderId: order.orderId, carrier: "USPS", service: "Priority", trackingNumber: "9400111899222", status: "in_transit", items: { create: { orderItemId: items[0].id, quantity: 2 } } },
    });
    await db().order.update({
      where: { id: order.orderId },
      data: {
        carrier: "USPS",
        trackingNumber: "9400111899222",
        trackingUrl: "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899222",
        latestTrackingStatus: "In Transit",
        latestTrackingEventAt: new Date("2026-06-22T14:30:00Z"),
      },
    });
    await db().trackingEvent.createMany({
      data: [
        { orderId: order.orderId, shipmentId: shipment.id, eventType: "tracker.created", status: "pre_transit", payload: { status: "pre_transit" }, processedAt: new Date("2026-06-21T12:00:00Z") },
        { orderId: order.orderId, shipmentId: shipment.id, eventType: "tracker.updated", status: "in_transit", payload: { status: "in_transit", est_delivery_date: null }, processedAt: new Date("2026-06-22T14:30:00Z") },
      ],
    });

    const { status, body } = await lookup(order.siteId, order.orderNumber, "?email=jane@example.com");
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    const found = guestOrderSchema.strict().parse(body.data);
    const pinned = new Date(PINNED).toISOString();
    expect(found).toEqual({
      orderNumber: order.orderNumber,
      status: "shipped",
      paymentStatus: "paid",
      customerName: "Jane Smith",
      customerEmail: "jane@example.com",
      shippingAddress: { line1: "123 Main St", city: "Portland", state: "OR", postalCode: "97201", country: "US" },
      billingAddress: null,
      subtotal: 5000,
      shippingTotal: 995,
      taxTotal: 385,
      discountTotal: 0,
      // Beyond the spec's example, next to the totals: the loyalty points redeemed and their discount.
      loyaltyDiscountTotal: 0,
      loyaltyPointsRedeemed: 0,
      total: 6380,
      shippingMethod: "USPS Priority Mail",
      carrier: "USPS",
      trackingNumber: "9400111899222",
      trackingUrl: "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899222",
      latestTrackingStatus: "In Transit",
      latestTrackingEventAt: "2026-06-22T14:30:00.000Z",
      paidAt: pinned,
      shippedAt: pinned,
      deliveredAt: null,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      items: [{ productName: "Classic Crew Tee", variantName: null, sku: "CCT-001", unitPrice: 2500, quantity: 2, total: 5000 }],
      trackingEvents: [
        { processedAt: "2026-06-22T14:30:00.000Z", eventType: "tracker.updated", payload: { status: "in_transit", est_delivery_date: null } },
        { processedAt: "2026-06-21T12:00:00.000Z", eventType: "tracker.created", payload: { status: "pre_transit" } },
      ],
      // Beyond the spec's example: the parcels the order shipped in, with their items.
      shipments: [
        {
          id: shipment.id,
          carrier: "USPS",
          service: "Priority",
          trackingNumber: "9400111899222",
          trackingUrl: null,
          status: "in_transit",
          shippedAt: null,
          deliveredAt: null,
          items: [{ orderItemId: items[0].id, productName: "Classic Crew Tee", variantName: null, quantity: 2 }],
        },
      ],
    });
  });

  it("matches the email in any letter case and around spaces", async () => {
    const order = await paidOrder();
    for (const email of ["JANE@EXAMPLE.COM", "Jane@Example.com", "%20jane%40example.com%20"]) {
      const { status, body } = await lookup(order.siteId, order.orderNumber, `?email=${email}`);
      expect(status, email).toBe(200);
      expect(body.data.orderNumber).toBe(order.orderNumber);
    }
  });

  it("answers byte-identical 404s for a wrong, missing, blank or malformed email, an unknown number and another site's order", async () => {
    const order = await paidOrder();
    // The other site has an order with the same number, placed by someone else.
    const other = await paidOrder();
    expect(other.orderNumber).toBe(order.orderNumber);
    await db().order.update({ where: { id: other.orderId }, data: { customerEmail: "sam@example.com" } });

    const answers = [
      await lookup(order.siteId, order.orderNumber, "?email=someone@else.com"),
      await lookup(order.siteId, order.orderNumber),
      await lookup(order.siteId, order.orderNumber, "?email="),
      await lookup(order.siteId, order.orderNumber, "?email=jane"),
      await lookup(order.siteId, "ORD-9999", "?email=jane@example.com"),
      await lookup(other.siteId, order.orderNumber, "?email=jane@example.com"),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.text).toBe(NOT_FOUND);
      expect([...answer.headers.entries()]).toEqual([...answers[0].headers.entries()]);
    }
    expect((await lookup(other.siteId, other.orderNumber, "?email=sam@example.com")).status).toBe(200);
  });

  it("answers 400 for an order number over 64 characters, and 404 Store not found for an unknown site", async () => {
    const long = await lookup(1, "X".repeat(65), "?email=jane@example.com");
    expect(long.status).toBe(400);
    expect(long.body).toEqual({ success: false, message: "orderNumber is too long", errorCode: "validation_error" });
    expect((await lookup(999_999, "ORD-0001", "?email=jane@example.com")).body.errorCode).toBe("store_not_found");
  });

  it("answers the 11th lookup of one order number within the hour with 429 and Retry-After, even with the right email", async () => {
    const order = await paidOrder();
    const attempts = ["?email=guess@example.com", "", "?email=jane@example.com", ...Array.from({ length: 7 }, (_, i) => `?email=guess${i}@example.com`)];
    const statuses = [];
    for (const query of attempts) statuses.push((await lookup(order.siteId, order.orderNumber, query)).status);
    expect(statuses).toEqual([404, 404, 200, 404, 404, 404, 404, 404, 404, 404]);

    const blocked = await lookup(order.siteId, order.orderNumber.toLowerCase(), "?email=jane@example.com");
    expect(blocked.status).toBe(429);
    expect(blocked.body).toEqual({ success: false, message: "Too many order lookups; try again later", errorCode: "rate_limited" });
    expect(blocked.headers.get("retry-after")).toBe("3540");
    // Another order of the same store is still served.
    expect((await lookup(order.siteId, (await paidOrder(order.shop)).orderNumber, "?email=jane@example.com")).status).toBe(200);
  });

  it("without a trusted proxy, keeps no per-address count: one shared 'unknown' bucket would lock out every shopper", async () => {
    const order = await paidOrder();
    for (let i = 0; i < 11; i++) {
      const miss = await lookup(order.siteId, `ORD-X${i}`, "?email=jane@example.com", { "x-forwarded-for": "203.0.113.50" });
      expect(miss.status).toBe(404);
    }
    expect((await lookup(order.siteId, order.orderNumber, "?email=jane@example.com")).status).toBe(200);
    expect(await db().rateLimitWindow.count({ where: { key: { startsWith: `order-lookup:${order.siteId}:client:` } } })).toBe(0);
  });
});
