import { createHmac, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as easypostRoute from "@/app/api/storefront/[siteId]/webhooks/easypost/route";
import { db } from "@/lib/db";
import { recordShipment } from "@/lib/orders/shipments";
import { callRoute } from "../support/api";
import { orderMoneyShop, payOrder } from "../support/order-money";

const SECRET = "whsec_easypost_test";

async function shippedOrder() {
  const world = await orderMoneyShop({ stripe: false });
  await db().store.update({ where: { siteId: world.shop.siteId }, data: { easypostWebhookSecret: SECRET } });
  const order = await world.place(2);
  await payOrder(null, order);
  const tracking = `EZ${randomUUID().slice(0, 12)}`;
  const shipment = await recordShipment(world.shop.siteId, order.orderNumber, { carrier: "USPS", trackingNumber: tracking });
  const state = async () => ({
    order: (await db().order.findUniqueOrThrow({ where: { id: order.orderId }, select: { status: true } })).status,
    shipment: (await db().shipment.findUniqueOrThrow({ where: { id: shipment.id }, select: { status: true } })).status,
  });
  return { siteId: world.shop.siteId, order, tracking, shipment, state };
}

const trackerEvent = (trackingCode: string, status: string, id = `evt_${randomUUID()}`) =>
  JSON.stringify({ id, object: "Event", description: "tracker.updated", result: { object: "Tracker", id: "trk_1", tracking_code: trackingCode, status, carrier: "USPS" } });

const sign = (body: string, secret = SECRET) => `hmac-sha256-hex=${createHmac("sha256", secret).update(body).digest("hex")}`;

const deliver = (siteId: number, body: string, signature: string | null = sign(body)) =>
  callRoute(easypostRoute.POST, `/api/storefront/${siteId}/webhooks/easypost`, {
    params: { siteId: String(siteId) },
    method: "POST",
    rawBody: body,
    headers: { "content-type": "application/json", ...(signature ? { "x-hmac-signature": signature } : {}) },
  });

describe("POST /webhooks/easypost", () => {
  it("moves the shipment along with the carrier and delivers the order, once per event", async () => {
    const { siteId, order, tracking, state } = await shippedOrder();
    expect(await state()).toEqual({ order: "shipped", shipment: "in_transit" });

    expect((await deliver(siteId, trackerEvent(tracking, "out_for_delivery"))).body.data).toEqual({ received: true, handled: true });
    expect(await state()).toEqual({ order: "shipped", shipment: "in_transit" });

    const delivered = trackerEvent(tracking, "delivered");
    const answers = await Promise.all([deliver(siteId, delivered), deliver(siteId, delivered), deliver(siteId, delivered)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.filter((a) => a.body.data.duplicate)).toHaveLength(2);
    expect(await state()).toEqual({ order: "delivered", shipment: "delivered" });
    const history = await db().orderStatusHistory.findMany({ where: { orderId: order.orderId, toStatus: "delivered" } });
    expect(history).toMatchObject([{ actor: "carrier", note: "Every shipment delivered" }]);
    expect(await db().trackingEvent.count({ where: { orderId: order.orderId } })).toBe(2);

    // A late or replayed event does not take the parcel back.
    await deliver(siteId, trackerEvent(tracking, "in_transit"));
    expect(await state()).toEqual({ order: "delivered", shipment: "delivered" });
  });

  it("answers 400 for a missing or wrong signature, and changes nothing", async () => {
    const { siteId, tracking, state } = await shippedOrder();
    const body = trackerEvent(tracking, "delivered");
    for (const signature of [null, sign(body, "another secret"), sign(`${body} `), "hmac-sha256-hex=00"]) {
      const answer = await deliver(siteId, body, signature);
      expect(answer.status).toBe(400);
      expect(answer.body.errorCode).toBe("invalid_signature");
    }
    expect(await state()).toEqual({ order: "shipped", shipment: "in_transit" });
  });

  it("answers 503 where the store set no secret, and leaves other stores' parcels and unknown statuses alone", async () => {
    const { siteId, tracking, state } = await shippedOrder();
    const other = await shippedOrder();
    await db().store.update({ where: { siteId: other.siteId }, data: { easypostWebhookSecret: null } });
    expect((await deliver(other.siteId, trackerEvent(other.tracking, "delivered"))).status).toBe(503);

    expect((await deliver(siteId, trackerEvent(other.tracking, "delivered"))).body.data).toEqual({ received: true, handled: false });
    expect((await deliver(siteId, trackerEvent(tracking, "unknown"))).body.data).toEqual({ received: true, handled: true });
    expect(await state()).toEqual({ order: "shipped", shipment: "in_transit" });
    expect(await other.state()).toEqual({ order: "shipped", shipment: "in_transit" });
  });

  it("answers 400 for a signed body that is not a tracker event", async () => {
    const { siteId } = await shippedOrder();
    for (const [body, code] of [["not json", "invalid_json"], [JSON.stringify({ id: "evt_1", description: "tracker.updated" }), "validation_error"]]) {
      const answer = await deliver(siteId, body);
      expect(answer.status).toBe(400);
      expect(answer.body.errorCode).toBe(code);
    }
  });
});
