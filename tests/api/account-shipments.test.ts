import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordShipment, shipmentSchema, updateShipmentStatus } from "@/lib/orders/shipments";
import { lookupOrder } from "../support/guest-orders";
import { signUp } from "../support/customers";
import { orderMoneyShop, payOrder } from "../support/order-money";

async function paidOrder(quantity = 3) {
  const world = await orderMoneyShop({ stripe: false });
  const order = await world.place(quantity);
  await payOrder(null, order);
  const state = () => db().order.findUniqueOrThrow({ where: { id: order.orderId }, select: { status: true, shippedAt: true, deliveredAt: true, carrier: true, trackingNumber: true, trackingUrl: true } });
  return { ...world, order, state };
}

describe("shipments", () => {
  it("split an order over parcels: the first ships the order, each carries its items, and the order is delivered with the last", async () => {
    const { shop, order, state, call } = await paidOrder();
    const first = await recordShipment(shop.siteId, order.orderNumber, {
      carrier: "UPS",
      trackingNumber: "1Z999AA10123456784",
      trackingUrl: "https://www.ups.com/track?tracknum=1Z999AA10123456784",
      items: [{ orderItemId: order.itemId, quantity: 2 }],
    });
    expect(first).toMatchObject({ status: "in_transit", items: [{ orderItemId: order.itemId, quantity: 2, productName: "Classic Crew Tee" }] });
    expect(await state()).toMatchObject({ status: "shipped", carrier: "UPS", trackingNumber: "1Z999AA10123456784" });
    expect((await state()).shippedAt).not.toBeNull();

    // Without items: the unit still waiting.
    const second = await recordShipment(shop.siteId, order.orderNumber, { carrier: "USPS", trackingNumber: "9400111899222" });
    expect(second.items).toEqual([expect.objectContaining({ orderItemId: order.itemId, quantity: 1 })]);
    expect(await state()).toMatchObject({ carrier: "USPS", trackingNumber: "9400111899222", trackingUrl: null });
    await expect(recordShipment(shop.siteId, order.orderNumber, { carrier: "USPS", trackingNumber: "x" })).rejects.toThrow("Every item of this order has shipped already");

    await updateShipmentStatus(shop.siteId, first.id, "delivered");
    expect((await state()).status).toBe("shipped");
    await updateShipmentStatus(shop.siteId, second.id, "delivered");
    expect((await state()).status).toBe("delivered");

    const listed = await call("shipments", "GET", order.orderNumber);
    expect(listed.status).toBe(200);
    const shipments = listed.body.data.map((s: unknown) => shipmentSchema.strict().parse(s));
    expect(shipments.map((s: { trackingNumber: string; status: string }) => [s.trackingNumber, s.status])).toEqual([
      ["1Z999AA10123456784", "delivered"],
      ["9400111899222", "delivered"],
    ]);
    expect(shipments[0].trackingUrl).toBe("https://www.ups.com/track?tracknum=1Z999AA10123456784");
  });

  it("never ship more units than were ordered, an unpaid order, or another site's order", async () => {
    const { shop, order } = await paidOrder(2);
    await expect(recordShipment(shop.siteId, order.orderNumber, { carrier: "UPS", trackingNumber: "1", items: [{ orderItemId: order.itemId, quantity: 3 }] })).rejects.toThrow(
      `items: at most 2 of order item ${order.itemId} can still ship`,
    );
    await expect(recordShipment(shop.siteId, order.orderNumber, { carrier: "UPS", trackingNumber: "1", trackingUrl: "javascript:alert(1)" })).rejects.toThrow("trackingUrl must be an http(s) URL");
    const other = await orderMoneyShop({ stripe: false });
    await expect(recordShipment(other.shop.siteId, order.orderNumber, { carrier: "UPS", trackingNumber: "1" })).rejects.toThrow("Order not found");
    const unpaid = await other.place(1);
    await expect(recordShipment(other.shop.siteId, unpaid.orderNumber, { carrier: "UPS", trackingNumber: "1" })).rejects.toThrow("An order that is pending cannot ship");
    await expect(updateShipmentStatus(other.shop.siteId, 2_000_000_000, "delivered")).rejects.toThrow("Shipment not found");
  });

  it("show in the guest order lookup, and are the owner's alone in My Account", async () => {
    const { shop, order, customer, call } = await paidOrder(1);
    await recordShipment(shop.siteId, order.orderNumber, { carrier: "UPS", trackingNumber: "1Z1" });
    const guest = await lookupOrder(shop.siteId, order.orderNumber, { email: customer.email });
    expect(guest.body.data.shipments).toEqual([expect.objectContaining({ carrier: "UPS", trackingNumber: "1Z1", status: "in_transit" })]);
    const stranger = await signUp(shop.siteId);
    expect((await call("shipments", "GET", order.orderNumber, undefined, stranger.token)).status).toBe(404);
    expect((await call("shipments", "GET", "ORD-99999999")).status).toBe(404);
  });
});
