import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as cartRoute from "@/app/api/storefront/[siteId]/cart/route";
import { db } from "@/lib/db";
import { DESIGN_SESSION_COOKIE } from "@/lib/designs/design-caller";
import { newToken } from "@/lib/security/tokens";
import { cartItemRowSchema, cartSchema } from "@/lib/cart/schemas";
import { callRoute } from "../support/api";
import { createProduct, createProductWithVariants, createSite } from "../support/fixtures";
import { tokenDigest } from "@/lib/security/tokens";

let siteId: number;
const cartApi = (method: "GET" | "POST" | "PUT" | "DELETE", options: { query?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
  callRoute(cartRoute[method], `/api/storefront/${siteId}/cart${options.query ?? ""}`, { params: { siteId: String(siteId) }, method, body: options.body, headers: options.headers });
const getCart = (sessionId: string) => cartApi("GET", { query: `?sessionId=${sessionId}` });
const add = (body: Record<string, unknown>, headers?: Record<string, string>) => cartApi("POST", { body, headers });

let tee: Awaited<ReturnType<typeof createProductWithVariants>>;
let mug: Awaited<ReturnType<typeof createProduct>>;

beforeAll(async () => {
  siteId = (await createSite()).id;
  tee = await createProductWithVariants(
    siteId,
    [
      { size: "S", inventory: 5 },
      { size: "XL", inventory: 20, price: 2700 },
      { size: "XXL", inventory: 0 },
    ],
    { name: "Crew Tee", price: 2500, images: { create: [{ url: "/tee.webp", order: 0 }] } },
  );
  await db().bulkPricingRule.createMany({ data: [{ productId: tee.product.id, minQuantity: 10, unitPrice: 2000 }] });
  mug = await createProduct(siteId, { name: "Mug", price: 1600, inventory: 3 });
});

describe("GET /cart", () => {
  it("answers an unknown session with an empty cart, never a 404", async () => {
    const { status, body } = await getCart(randomUUID());
    expect(status).toBe(200);
    expect(body).toEqual({ success: true, data: { items: [], subtotal: 0 } });
  });

  it("requires sessionId", async () => {
    const { status, body } = await cartApi("GET");
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, message: "sessionId is required", errorCode: "validation_error" });
  });
});

describe("POST /cart", () => {
  it("creates the cart on the first add and answers the line row", async () => {
    const sessionId = randomUUID();
    const { status, body } = await add({ sessionId, productId: mug.id });
    expect(status).toBe(200);
    const row = cartItemRowSchema.strict().parse(body.data);
    expect(row).toMatchObject({ productId: mug.id, variantId: null, designId: null, quantity: 1, unitPrice: 1600 });
    const cart = await getCart(sessionId);
    expect(cartSchema.strict().parse(cart.body.data)).toMatchObject({ cartId: row.cartId, subtotal: 1600, itemCount: 1 });
  });

  it("merges a plain line of the same product and variant", async () => {
    const sessionId = randomUUID();
    const first = await add({ sessionId, productId: tee.product.id, variantId: tee.variants[1].id });
    const second = await add({ sessionId, productId: tee.product.id, variantId: tee.variants[1].id, quantity: 2 });
    expect(second.body.data.id).toBe(first.body.data.id);
    expect(second.body.data.quantity).toBe(3);
    await add({ sessionId, productId: tee.product.id, variantId: tee.variants[0].id });
    const { body } = await getCart(sessionId);
    expect(body.data.items.map((i: { variantId: number; quantity: number }) => [i.variantId, i.quantity])).toEqual([
      [tee.variants[1].id, 3],
      [tee.variants[0].id, 1],
    ]);
  });

  it("enriches lines with product, variant and image, priced at the variant's price", async () => {
    const sessionId = randomUUID();
    await add({ sessionId, productId: tee.product.id, variantId: tee.variants[1].id, quantity: 2 });
    const { body } = await getCart(sessionId);
    expect(body.data.items[0]).toMatchObject({
      productName: "Crew Tee",
      productSlug: tee.product.slug,
      variantName: "Crew Tee – XL",
      image: "http://localhost:3000/tee.webp",
      unitPrice: 2700,
      lineTotal: 5400,
      design: null,
    });
    expect(body.data).toMatchObject({ subtotal: 5400, itemCount: 2 });
  });

  it("applies bulk pricing over every unit of the product, whatever the variant", async () => {
    const sessionId = randomUUID();
    await add({ sessionId, productId: tee.product.id, variantId: tee.variants[1].id, quantity: 6 });
    const second = await add({ sessionId, productId: tee.product.id, variantId: tee.variants[0].id, quantity: 4 });
    expect(second.body.data.unitPrice).toBe(2000);
    const { body } = await getCart(sessionId);
    expect(body.data.items.map((i: { unitPrice: number }) => i.unitPrice)).toEqual([2000, 2000]);
    expect(body.data.subtotal).toBe(20_000);
    const storedPrices = async () =>
      (await db().cartItem.findMany({ where: { cart: { siteId, sessionId } }, orderBy: { id: "asc" }, select: { unitPrice: true } })).map((l) => l.unitPrice);
    expect(await storedPrices()).toEqual([2000, 2000]);
    // Below the tier again, each line goes back to its own price: XL's 2700, S at the product's 2500.
    await cartApi("PUT", { body: { sessionId, cartItemId: second.body.data.id, quantity: 3 } });
    expect(await storedPrices()).toEqual([2700, 2500]);
  });

  it("always gives a designed item a line of its own", async () => {
    const designable = await createProduct(siteId, { designable: true, price: 3000 });
    const designer = newToken();
    const design = await db().productDesign.create({ data: { siteId, productId: designable.id, sessionId: tokenDigest(designer), name: "Sunrise", thumbnailUrl: "/sun.png" } });
    const sessionId = randomUUID();
    const asDesigner = { cookie: `${DESIGN_SESSION_COOKIE}=${designer}` };
    const a = await add({ sessionId, productId: designable.id, designId: design.uuid }, asDesigner);
    const b = await add({ sessionId, productId: designable.id, designId: design.uuid }, asDesigner);
    const c = await add({ sessionId, productId: designable.id, designId: design.id }, asDesigner);
    expect(new Set([a.body.data.id, b.body.data.id, c.body.data.id]).size).toBe(3);
    expect(a.body.data.designId).toBe(design.id);
    const { body } = await getCart(sessionId);
    expect(body.data.items[0].design).toMatchObject({ id: design.id, uuid: design.uuid, name: "Sunrise", thumbnailUrl: "http://localhost:3000/sun.png" });

    const other = await createProduct(siteId);
    const wrongProduct = await add({ sessionId, productId: other.id, designId: design.uuid }, asDesigner);
    expect(wrongProduct.status).toBe(400);
    const unknown = await add({ sessionId, productId: designable.id, designId: randomUUID() }, asDesigner);
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe("Design not found");
    // Someone else's design (or one added without the designer's cookie) is not found either.
    expect((await add({ sessionId, productId: designable.id, designId: design.id }, { cookie: `${DESIGN_SESSION_COOKIE}=${newToken()}` })).body).toEqual(unknown.body);
    expect((await add({ sessionId, productId: designable.id, designId: design.uuid })).body).toEqual(unknown.body);
    // A legacy client sends no cookie: the session id it names the cart with names its designs too.
    expect((await add({ sessionId: designer, productId: designable.id, designId: design.uuid })).status).toBe(200);
  });

  it.each([
    [{ quantity: 0 }, "quantity must be a whole number from 1"],
    [{ quantity: 1.5 }, "quantity must be a whole number from 1"],
    [{ productId: "abc" }, "productId must be a positive integer"],
    [{ productId: undefined }, "productId must be a positive integer"],
    [{ sessionId: "" }, "sessionId is required"],
    [{ designId: "not-a-uuid" }, "designId must be a design UUID or numeric id"],
  ])("refuses %j with a 400", async (change, message) => {
    const { status, body } = await add({ sessionId: randomUUID(), productId: mug.id, ...change });
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, message, errorCode: "validation_error" });
  });

  it("refuses more units than are in stock, counting what the cart already holds", async () => {
    const sessionId = randomUUID();
    expect((await add({ sessionId, productId: mug.id, quantity: 2 })).status).toBe(200);
    const over = await add({ sessionId, productId: mug.id, quantity: 2 });
    expect(over.status).toBe(409);
    expect(over.body).toEqual({ success: false, message: "Only 1 left in stock", errorCode: "insufficient_stock" });
    const soldOut = await add({ sessionId, productId: tee.product.id, variantId: tee.variants[2].id });
    expect(soldOut.status).toBe(409);
    expect(soldOut.body.message).toBe("This item is out of stock");
  });

  it("refuses an inactive or unknown product, another site's product, and a wrong or missing variant", async () => {
    const sessionId = randomUUID();
    const draft = await createProduct(siteId, { status: "draft" });
    const elsewhere = await createProduct((await createSite()).id);
    for (const productId of [draft.id, 999_999, elsewhere.id]) {
      const { status, body } = await add({ sessionId, productId });
      expect(status).toBe(404);
      expect(body).toEqual({ success: false, message: "Product not found", errorCode: "not_found" });
    }
    const other = await createProductWithVariants(siteId, [{ size: "M", inventory: 5 }]);
    const foreignVariant = await add({ sessionId, productId: tee.product.id, variantId: other.variants[0].id });
    expect(foreignVariant.status).toBe(400);
    expect(foreignVariant.body).toMatchObject({ errorCode: "invalid_variant", message: "Variant not found for this product" });
    const missingVariant = await add({ sessionId, productId: tee.product.id });
    expect(missingVariant.status).toBe(400);
    expect(missingVariant.body.errorCode).toBe("invalid_variant");
    expect((await getCart(sessionId)).body.data).toEqual({ items: [], subtotal: 0 });
  });

  it("refuses to grow a line past 999 units, and leaves the line as it was", async () => {
    const sessionId = randomUUID();
    const plenty = await createProduct(siteId, { inventory: 5000 });
    expect((await add({ sessionId, productId: plenty.id, quantity: 600 })).status).toBe(200);
    const over = await add({ sessionId, productId: plenty.id, quantity: 400 });
    expect(over.status).toBe(400);
    expect(over.body).toEqual({ success: false, message: "quantity: a line holds at most 999 units", errorCode: "validation_error" });
    expect((await getCart(sessionId)).body.data.items[0].quantity).toBe(600);
  });

  it("leaves no cart behind when a session's first add is refused", async () => {
    const sessionId = randomUUID();
    const soldOut = await add({ sessionId, productId: tee.product.id, variantId: tee.variants[2].id });
    expect(soldOut.status).toBe(409);
    expect(await db().cart.count({ where: { siteId, sessionId } })).toBe(0);
  });

  it("puts no more units in a cart than are in stock when adds to it race", async () => {
    const sessionId = randomUUID();
    const scarce = await createProduct(siteId, { inventory: 3 });
    await add({ sessionId, productId: mug.id });
    const results = await Promise.all(Array.from({ length: 6 }, () => add({ sessionId, productId: scarce.id })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 409, 409, 409]);
    const line = (await getCart(sessionId)).body.data.items.find((item: { productId: number }) => item.productId === scarce.id);
    expect(line.quantity).toBe(3);
  });

  it("keeps one cart and every unit when the first adds of a session race", async () => {
    const sessionId = randomUUID();
    const results = await Promise.all(Array.from({ length: 8 }, () => add({ sessionId, productId: tee.product.id, variantId: tee.variants[1].id })));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(await db().cart.count({ where: { siteId, sessionId } })).toBe(1);
    const { body } = await getCart(sessionId);
    expect(body.data.items).toHaveLength(1);
    expect(body.data.items[0].quantity).toBe(8);
  });
});

describe("PUT /cart", () => {
  it("sets a line's quantity, and 0 removes the line", async () => {
    const sessionId = randomUUID();
    const line = (await add({ sessionId, productId: tee.product.id, variantId: tee.variants[1].id })).body.data;
    const updated = await cartApi("PUT", { body: { sessionId, cartItemId: line.id, quantity: 4 } });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ id: line.id, quantity: 4 });
    const removed = await cartApi("PUT", { body: { sessionId, cartItemId: line.id, quantity: 0 } });
    expect(removed.body.data).toEqual({ id: line.id, removed: true });
    expect((await getCart(sessionId)).body.data).toEqual({ items: [], subtotal: 0 });
  });

  it("refuses more than the stock and another session's line", async () => {
    const sessionId = randomUUID();
    const line = (await add({ sessionId, productId: tee.product.id, variantId: tee.variants[0].id })).body.data;
    const over = await cartApi("PUT", { body: { sessionId, cartItemId: line.id, quantity: 6 } });
    expect(over.status).toBe(409);
    expect(over.body.message).toBe("Only 5 left in stock");
    const intruderSession = randomUUID();
    const intruder = await cartApi("PUT", { body: { sessionId: intruderSession, cartItemId: line.id, quantity: 2 } });
    expect(intruder.status).toBe(404);
    expect(intruder.body).toEqual({ success: false, message: "Cart item not found", errorCode: "not_found" });
    expect(await db().cart.count({ where: { siteId, sessionId: intruderSession } })).toBe(0);
    expect((await getCart(sessionId)).body.data.items[0].quantity).toBe(1);
    const missing = await cartApi("PUT", { body: { sessionId, quantity: 2 } });
    expect(missing.status).toBe(400);
  });
});

describe("DELETE /cart", () => {
  it("clears every line, and clearing an unknown cart succeeds too", async () => {
    const sessionId = randomUUID();
    await add({ sessionId, productId: mug.id });
    const { status, body } = await cartApi("DELETE", { query: `?sessionId=${sessionId}` });
    expect(status).toBe(200);
    expect(body).toEqual({ success: true, data: { cleared: true } });
    expect((await getCart(sessionId)).body.data).toEqual({ items: [], subtotal: 0 });
    expect((await cartApi("DELETE", { query: `?sessionId=${randomUUID()}` })).body.data).toEqual({ cleared: true });
  });
});

describe("cart lifetime", () => {
  it("expires 7 days after the last activity: an expired cart reads empty and starts over", async () => {
    const sessionId = randomUUID();
    await add({ sessionId, productId: mug.id });
    const cart = await db().cart.findFirstOrThrow({ where: { siteId, sessionId } });
    expect(cart.expiresAt.getTime() - cart.lastActivityAt.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
    await db().cart.update({ where: { id: cart.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await getCart(sessionId)).body.data).toEqual({ items: [], subtotal: 0 });
    await add({ sessionId, productId: tee.product.id, variantId: tee.variants[1].id });
    const { body } = await getCart(sessionId);
    expect(body.data.items.map((i: { productId: number }) => i.productId)).toEqual([tee.product.id]);
  });

  it("reactivates an abandoned cart when its shopper adds to it", async () => {
    const sessionId = randomUUID();
    await add({ sessionId, productId: mug.id });
    await db().cart.updateMany({ where: { siteId, sessionId }, data: { status: "abandoned", abandonedAt: new Date() } });
    expect((await getCart(sessionId)).body.data.items).toHaveLength(1);
    await add({ sessionId, productId: mug.id });
    const cart = await db().cart.findFirstOrThrow({ where: { siteId, sessionId } });
    expect(cart.status).toBe("active");
    expect((await getCart(sessionId)).body.data.items[0].quantity).toBe(2);
  });
});
