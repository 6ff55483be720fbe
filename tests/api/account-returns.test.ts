import { describe, expect, it } from "vitest";
import * as requestRoute from "@/app/api/storefront/[siteId]/account/orders/[orderNumber]/returns/route";
import * as returnsRoute from "@/app/api/storefront/[siteId]/account/returns/route";
import * as returnRoute from "@/app/api/storefront/[siteId]/account/returns/[returnId]/route";
import { returnRequestSchema } from "@/lib/account/returns";
import { db } from "@/lib/db";
import { markOrderPaid } from "@/lib/orders/mark-order-paid";
import { transitionOrder } from "@/lib/orders/order-status";
import { callRoute } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { bearer, signUp } from "../support/customers";

async function deliveredOrder() {
  const shop = await createCheckoutStore({ stripe: false });
  const customer = await signUp(shop.siteId, { emailVerified: true });
  const { body } = await postCheckout(shop.siteId, { ...checkoutBody(await cartWith(shop.siteId, shop.product.id, 3)), customerEmail: customer.email });
  const order = body.data as { orderId: number; orderNumber: string };
  const itemId = (await db().orderItem.findFirstOrThrow({ where: { orderId: order.orderId } })).id;
  const ask = (items: unknown, token = customer.token, resolution = "refund") =>
    callRoute(requestRoute.POST, `/api/storefront/${shop.siteId}/account/orders/${order.orderNumber}/returns`, {
      params: { siteId: String(shop.siteId), orderNumber: order.orderNumber },
      method: "POST",
      body: { items, reason: "Too small", resolution },
      headers: bearer(token),
    });
  const deliver = async () => {
    await markOrderPaid(order.orderId, { providerPaymentId: null, actor: "test" });
    await transitionOrder(db(), { orderId: order.orderId, to: "shipped", actor: "merchant" });
    await transitionOrder(db(), { orderId: order.orderId, to: "delivered", actor: "carrier" });
  };
  return { shop, customer, order, itemId, ask, deliver };
}

describe("return requests", () => {
  it("are taken only on delivered orders, wait for the merchant, and list for their customer", async () => {
    const { shop, customer, order, itemId, ask, deliver } = await deliveredOrder();
    const early = await ask([{ orderItemId: itemId, quantity: 1 }]);
    expect(early.status).toBe(409);
    expect(early.body.message).toBe("Only a delivered order can be returned");
    await deliver();
    const created = await ask([{ orderItemId: itemId, quantity: 2 }], customer.token, "replacement");
    expect(created.status).toBe(201);
    expect(returnRequestSchema.strict().parse(created.body.data)).toMatchObject({
      orderNumber: order.orderNumber,
      status: "requested",
      resolution: "replacement",
      reason: "Too small",
      items: [{ orderItemId: itemId, productName: "Classic Crew Tee", quantity: 2 }],
    });
    const params = { siteId: String(shop.siteId) };
    const list = await callRoute(returnsRoute.GET, `/api/storefront/${shop.siteId}/account/returns`, { params, headers: bearer(customer.token) });
    expect(list.body.data.map((r: { id: number }) => r.id)).toEqual([created.body.data.id]);
    const one = await callRoute(returnRoute.GET, "/x", { params: { ...params, returnId: String(created.body.data.id) }, headers: bearer(customer.token) });
    expect(one.body.data).toEqual(created.body.data);
    const stranger = await signUp(shop.siteId);
    expect((await callRoute(returnRoute.GET, "/x", { params: { ...params, returnId: String(created.body.data.id) }, headers: bearer(stranger.token) })).status).toBe(404);
  });

  it("never ask back more units than were bought, counting earlier requests", async () => {
    const { itemId, ask, deliver } = await deliveredOrder();
    await deliver();
    expect((await ask([{ orderItemId: itemId, quantity: 2 }])).status).toBe(201);
    const over = await ask([{ orderItemId: itemId, quantity: 2 }]);
    expect(over.status).toBe(400);
    expect(over.body.message).toBe(`items: at most 1 of order item ${itemId} can still be returned`);
    const results = await Promise.all([ask([{ orderItemId: itemId, quantity: 1 }]), ask([{ orderItemId: itemId, quantity: 1 }])]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 400]);
  });

  it("validate items, reason and resolution, and keep other customers out", async () => {
    const { shop, itemId, ask, deliver } = await deliveredOrder();
    await deliver();
    expect((await ask([])).body.message).toBe("items must name at least one item");
    expect((await ask([{ orderItemId: 999_999, quantity: 1 }])).status).toBe(400);
    expect((await ask([{ orderItemId: itemId, quantity: 1 }], undefined, "money back")).body.message).toBe("resolution must be refund or replacement");
    const stranger = await signUp(shop.siteId);
    expect((await ask([{ orderItemId: itemId, quantity: 1 }], stranger.token)).status).toBe(404);
    expect((await ask([{ orderItemId: itemId, quantity: 1 }], "bad")).status).toBe(401);
  });
});
