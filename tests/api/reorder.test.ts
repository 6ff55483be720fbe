import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as reorderRoute from "@/app/api/storefront/[siteId]/account/orders/[orderNumber]/reorder/route";
import { reorderResultSchema } from "@/lib/account/reorder";
import { addCartItem } from "@/lib/cart/add-cart-item";
import { db } from "@/lib/db";
import { callRoute } from "../support/api";
import { checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { bearer, signUp } from "../support/customers";
import { createProduct, createProductWithVariants } from "../support/fixtures";

/** A customer's order of five lines, each to be changed afterwards in its own way. */
async function pastOrder() {
  const shop = await createCheckoutStore({ stripe: false });
  const customer = await signUp(shop.siteId, { emailVerified: true });
  const repriced = shop.product; // 2500, 5 in stock
  const { product: sized, variants } = await createProductWithVariants(shop.siteId, [{ size: "S", inventory: 5 }, { size: "M", inventory: 5 }], { name: "Hoodie", price: 4000 });
  const archived = await createProduct(shop.siteId, { name: "Old mug", price: 1200, inventory: 5 });
  const scarce = await createProduct(shop.siteId, { name: "Poster", price: 800, inventory: 5 });
  const soldOut = await createProduct(shop.siteId, { name: "Sticker", price: 300, inventory: 5 });
  const sessionId = randomUUID();
  await addCartItem(shop.siteId, { sessionId, productId: repriced.id, quantity: 2 });
  await addCartItem(shop.siteId, { sessionId, productId: sized.id, variantId: variants[1].id, quantity: 1 });
  await addCartItem(shop.siteId, { sessionId, productId: archived.id, quantity: 1 });
  await addCartItem(shop.siteId, { sessionId, productId: scarce.id, quantity: 3 });
  await addCartItem(shop.siteId, { sessionId, productId: soldOut.id, quantity: 1 });
  const { body } = await postCheckout(shop.siteId, { ...checkoutBody(sessionId), customerEmail: customer.email }, bearer(customer.token));
  const order = body.data as { orderId: number; orderNumber: string };
  const reorder = (cartSession: unknown, token: string | null = customer.token, orderNumber = order.orderNumber) =>
    callRoute(reorderRoute.POST, `/api/storefront/${shop.siteId}/account/orders/${orderNumber}/reorder`, {
      params: { siteId: String(shop.siteId), orderNumber },
      method: "POST",
      body: { sessionId: cartSession },
      headers: bearer(token ?? undefined),
    });
  return { shop, customer, order, products: { repriced, sized, variants, archived, scarce, soldOut }, reorder };
}

describe("POST /account/orders/{orderNumber}/reorder", () => {
  it("puts every line back at today's prices when all are still sold and in stock", async () => {
    const { shop, customer, products, reorder } = await pastOrder();
    await db().product.update({ where: { id: products.repriced.id }, data: { price: 3000, inventory: 10 } });
    await db().product.updateMany({ where: { id: { in: [products.scarce.id, products.soldOut.id] } }, data: { inventory: 10 } });
    const sessionId = randomUUID();
    const result = await reorder(sessionId);
    expect(result.status).toBe(200);
    const { cart, skipped } = reorderResultSchema.parse(result.body.data);
    expect(skipped).toEqual([]);
    expect(cart.items.map((i) => [i.productName, i.variantId, i.quantity, i.unitPrice])).toEqual([
      ["Classic Crew Tee", null, 2, 3000],
      ["Hoodie", products.variants[1].id, 1, 4000],
      ["Old mug", null, 1, 1200],
      ["Poster", null, 3, 800],
      ["Sticker", null, 1, 300],
    ]);
    const stored = await db().cart.findUniqueOrThrow({ where: { siteId_sessionId: { siteId: shop.siteId, sessionId } } });
    expect(stored.customerId).toBe(customer.id);
  });

  it("skips what is no longer sold or out of stock, caps what is scarce, and reports each", async () => {
    const { order, products, reorder } = await pastOrder();
    const lines = await db().orderItem.findMany({ where: { orderId: order.orderId }, orderBy: { id: "asc" } });
    const lineOf = (productId: number) => lines.find((l) => l.productId === productId)!.id;
    await db().productVariant.update({ where: { id: products.variants[1].id }, data: { active: false } });
    await db().product.update({ where: { id: products.archived.id }, data: { status: "archived" } });
    await db().product.update({ where: { id: products.scarce.id }, data: { inventory: 1 } });
    await db().product.update({ where: { id: products.soldOut.id }, data: { inventory: 0 } });

    const { body } = await reorder(randomUUID());
    const { cart, skipped } = reorderResultSchema.parse(body.data);
    expect(cart.items.map((i) => [i.productName, i.quantity])).toEqual([
      ["Classic Crew Tee", 2],
      ["Poster", 1],
    ]);
    expect(skipped).toEqual([
      { orderItemId: lineOf(products.sized.id), productName: "Hoodie", variantName: products.variants[1].name, requested: 1, added: 0, reason: "no_longer_sold" },
      { orderItemId: lineOf(products.archived.id), productName: "Old mug", variantName: null, requested: 1, added: 0, reason: "no_longer_sold" },
      { orderItemId: lineOf(products.scarce.id), productName: "Poster", variantName: null, requested: 3, added: 1, reason: "limited_stock" },
      { orderItemId: lineOf(products.soldOut.id), productName: "Sticker", variantName: null, requested: 1, added: 0, reason: "out_of_stock" },
    ]);
  });

  it("adds to what the cart already holds, never past the stock", async () => {
    const { shop, products, reorder } = await pastOrder();
    await db().product.update({ where: { id: products.repriced.id }, data: { inventory: 3 } });
    const sessionId = randomUUID();
    await addCartItem(shop.siteId, { sessionId, productId: products.repriced.id, quantity: 2 });
    const { body } = await reorder(sessionId);
    const tee = body.data.cart.items.filter((i: { productId: number }) => i.productId === products.repriced.id);
    expect(tee.map((i: { quantity: number }) => i.quantity)).toEqual([3]);
    expect(body.data.skipped[0]).toMatchObject({ productName: "Classic Crew Tee", requested: 2, added: 1, reason: "limited_stock" });
    const again = await reorder(sessionId);
    expect(again.body.data.skipped[0]).toMatchObject({ productName: "Classic Crew Tee", added: 0, reason: "out_of_stock" });
  });

  it("is the customer's own: 401 without a session, 404 for someone else's order or an unknown one, 400 without a cart session", async () => {
    const { shop, reorder } = await pastOrder();
    const stranger = await signUp(shop.siteId);
    expect((await reorder(randomUUID(), null)).status).toBe(401);
    expect((await reorder(randomUUID(), stranger.token)).body).toEqual({ success: false, message: "Order not found", errorCode: "not_found" });
    expect((await reorder(randomUUID(), undefined, "ORD-999999")).status).toBe(404);
    expect((await reorder(undefined)).body).toMatchObject({ errorCode: "validation_error", message: "sessionId is required" });
    const strangerSession = randomUUID();
    await reorder(strangerSession, stranger.token);
    expect(await db().cart.count({ where: { siteId: shop.siteId, sessionId: strangerSession } })).toBe(0);
  });
});
