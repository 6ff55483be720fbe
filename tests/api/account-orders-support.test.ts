import { beforeAll, describe, expect, it } from "vitest";
import * as ordersRoute from "@/app/api/storefront/[siteId]/account/orders/route";
import * as orderRoute from "@/app/api/storefront/[siteId]/account/orders/[orderNumber]/route";
import * as supportRoute from "@/app/api/storefront/[siteId]/account/support/route";
import * as threadRoute from "@/app/api/storefront/[siteId]/account/support/[messageId]/route";
import { accountOrderSchema, accountOrderSummarySchema } from "@/lib/account/orders";
import { supportThreadSchema } from "@/lib/account/support";
import { db } from "@/lib/db";
import { transitionOrder } from "@/lib/orders/order-status";
import { callRoute } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { bearer, signUp } from "../support/customers";

let shop: Awaited<ReturnType<typeof createCheckoutStore>>;
let alice: Awaited<ReturnType<typeof signUp>>;
let bob: Awaited<ReturnType<typeof signUp>>;
const get = (handler: Parameters<typeof callRoute>[0], path: string, token: string | undefined, params: Record<string, string> = {}) =>
  callRoute(handler, `/api/storefront/${shop.siteId}/account/${path}`, { params: { siteId: String(shop.siteId), ...params }, headers: bearer(token) });
const post = (handler: Parameters<typeof callRoute>[0], path: string, token: string | undefined, body: unknown, params: Record<string, string> = {}) =>
  callRoute(handler, `/api/storefront/${shop.siteId}/account/${path}`, { params: { siteId: String(shop.siteId), ...params }, method: "POST", body, headers: bearer(token) });

async function orderFor(email: string) {
  await db().product.update({ where: { id: shop.product.id }, data: { inventory: 50 } });
  const { body } = await postCheckout(shop.siteId, { ...checkoutBody(await cartWith(shop.siteId, shop.product.id, 1)), customerEmail: email });
  return body.data as { orderId: number; orderNumber: string };
}

beforeAll(async () => {
  shop = await createCheckoutStore({ stripe: false });
  alice = await signUp(shop.siteId, { emailVerified: true });
  bob = await signUp(shop.siteId, { emailVerified: true });
});

describe("GET /account/orders and /account/orders/{orderNumber}", () => {
  it("lists the customer's orders newest first, filters by status and paginates", async () => {
    const first = await orderFor(alice.email);
    const second = await orderFor(alice.email.toUpperCase());
    await orderFor(bob.email);
    await transitionOrder(db(), { orderId: first.orderId, to: "paid", actor: "test" });
    const { status, body } = await get(ordersRoute.GET, "orders", alice.token);
    expect(status).toBe(200);
    expect(accountOrderSummarySchema.strict().array().parse(body.data).map((o) => o.orderNumber)).toEqual([second.orderNumber, first.orderNumber]);
    expect(body.pagination).toEqual({ page: 1, limit: 20, total: 2, totalPages: 1 });
    const paid = await callRoute(ordersRoute.GET, `/api/storefront/${shop.siteId}/account/orders?status=paid&limit=1`, { params: { siteId: String(shop.siteId) }, headers: bearer(alice.token) });
    expect(paid.body.data.map((o: { orderNumber: string }) => o.orderNumber)).toEqual([first.orderNumber]);
  });

  it("shows one order in full with its status history, and another customer's as 404", async () => {
    const order = await orderFor(alice.email);
    await transitionOrder(db(), { orderId: order.orderId, to: "paid", actor: "test", note: "Payment received" });
    const { status, body } = await get(orderRoute.GET, `orders/${order.orderNumber}`, alice.token, { orderNumber: order.orderNumber });
    expect(status).toBe(200);
    const full = accountOrderSchema.strict().parse(body.data);
    expect(full.statusHistory.map((h) => h.toStatus)).toEqual(["pending", "paid"]);
    expect(full.items[0]).toMatchObject({ productName: "Classic Crew Tee", designThumbnailUrl: null });
    const intruder = await get(orderRoute.GET, `orders/${order.orderNumber}`, bob.token, { orderNumber: order.orderNumber });
    expect(intruder.status).toBe(404);
    expect(intruder.body).toEqual({ success: false, message: "Order not found", errorCode: "not_found" });
  });

  it("answer 401 without a valid token", async () => {
    expect((await get(ordersRoute.GET, "orders", undefined)).status).toBe(401);
    expect((await get(orderRoute.GET, "orders/ORD-0001", "bad", { orderNumber: "ORD-0001" })).status).toBe(401);
  });
});

describe("/account/support", () => {
  it("creates a message (201, category general), lists by latest activity, and threads replies", async () => {
    const order = await orderFor(alice.email);
    const first = await post(supportRoute.POST, "support", alice.token, { subject: "Where is it?", body: "My parcel is late.", orderId: order.orderId });
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({ subject: "Where is it?", category: "general", status: "open", orderId: order.orderId, replyCount: 0 });
    const second = await post(supportRoute.POST, "support", alice.token, { subject: "Sizing", body: "Is M roomy?", category: "product" });
    expect((await get(supportRoute.GET, "support", alice.token)).body.data.map((m: { id: number }) => m.id)).toEqual([second.body.data.id, first.body.data.id]);

    const id = String(first.body.data.id);
    const reply = await post(threadRoute.POST, `support/${id}`, alice.token, { body: "Any news?" }, { messageId: id });
    expect(reply.status).toBe(201);
    const thread = supportThreadSchema.strict().parse((await get(threadRoute.GET, `support/${id}`, alice.token, { messageId: id })).body.data);
    expect(thread.replies.map((r) => [r.authorType, r.body])).toEqual([["customer", "Any news?"]]);
    expect((await get(supportRoute.GET, "support", alice.token)).body.data[0].id).toBe(first.body.data.id);
  });

  it("keeps threads private and validates input", async () => {
    const mine = await post(supportRoute.POST, "support", alice.token, { subject: "Private", body: "Only me" });
    const id = String(mine.body.data.id);
    expect((await get(threadRoute.GET, `support/${id}`, bob.token, { messageId: id })).status).toBe(404);
    expect((await post(threadRoute.POST, `support/${id}`, bob.token, { body: "Hi" }, { messageId: id })).status).toBe(404);
    expect((await get(supportRoute.GET, "support", bob.token)).body.data.map((m: { id: number }) => m.id)).not.toContain(mine.body.data.id);
    expect((await post(supportRoute.POST, "support", alice.token, { body: "no subject" })).body.message).toBe("subject is required");
    const bobsOrder = await orderFor(bob.email);
    expect((await post(supportRoute.POST, "support", alice.token, { subject: "x", body: "y", orderId: bobsOrder.orderId })).status).toBe(400);
    expect((await post(supportRoute.POST, "support", undefined, { subject: "x", body: "y" })).status).toBe(401);
  });
});
