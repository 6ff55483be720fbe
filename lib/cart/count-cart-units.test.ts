import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createProduct, createSite } from "@/tests/support/fixtures";
import { addCartItem } from "./add-cart-item";
import { countCartUnits } from "./count-cart-units";

let siteId: number;

beforeAll(async () => {
  siteId = (await createSite()).id;
});

describe("countCartUnits", () => {
  it("sums the units of the lines the cart shows", async () => {
    const sessionId = randomUUID();
    const [tee, mug, retired] = await Promise.all([createProduct(siteId, { inventory: 50 }), createProduct(siteId, { inventory: 50 }), createProduct(siteId, { inventory: 50 })]);
    await addCartItem(siteId, { sessionId, productId: tee.id, quantity: 2 });
    await addCartItem(siteId, { sessionId, productId: mug.id, quantity: 3 });
    await addCartItem(siteId, { sessionId, productId: retired.id, quantity: 4 });
    await db().product.update({ where: { id: retired.id }, data: { status: "archived" } });
    expect(await countCartUnits(siteId, sessionId)).toBe(5);
  });

  it("is 0 for an unknown session, another site's session and an expired cart", async () => {
    const sessionId = randomUUID();
    expect(await countCartUnits(siteId, sessionId)).toBe(0);
    const product = await createProduct(siteId, { inventory: 50 });
    await addCartItem(siteId, { sessionId, productId: product.id, quantity: 1 });
    expect(await countCartUnits((await createSite()).id, sessionId)).toBe(0);
    await db().cart.updateMany({ where: { siteId, sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await countCartUnits(siteId, sessionId)).toBe(0);
  });
});
