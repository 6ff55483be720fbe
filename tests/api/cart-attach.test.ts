import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as authRoute } from "@/app/api/storefront/[siteId]/auth/route";
import { addCartItem } from "@/lib/cart/add-cart-item";
import { getCart } from "@/lib/cart/get-cart";
import { db } from "@/lib/db";
import { newToken } from "@/lib/security/tokens";
import { callRoute } from "../support/api";
import { createProduct, createProductWithVariants, createSite } from "../support/fixtures";
import { tokenDigest } from "@/lib/security/tokens";

let siteId: number;
const auth = (body: unknown) => callRoute(authRoute, `/api/storefront/${siteId}/auth`, { params: { siteId: String(siteId) }, method: "POST", body });

beforeAll(async () => {
  siteId = (await createSite()).id;
});

describe("signing in with a cart session", () => {
  it("attaches the anonymous cart on register", async () => {
    const sessionId = randomUUID();
    const mug = await createProduct(siteId, { inventory: 10 });
    await addCartItem(siteId, { sessionId, productId: mug.id, quantity: 2 });
    const { body } = await auth({ action: "register", email: `r-${randomUUID()}@example.com`, password: "long enough secret", sessionId });
    expect((await db().cart.findFirstOrThrow({ where: { siteId, sessionId } })).customerId).toBe(body.data.customer.id);
  });

  it("merges the customer's other cart into this session's by the written rules", async () => {
    const email = `m-${randomUUID()}@example.com`;
    const mug = await createProduct(siteId, { inventory: 5 });
    const tee = await createProductWithVariants(siteId, [{ size: "M", inventory: 10 }]);
    const designable = await createProduct(siteId, { designable: true, inventory: 10 });
    const designer = newToken();
    const design = await db().productDesign.create({ data: { siteId, productId: designable.id, sessionId: tokenDigest(designer) } });

    const laptop = randomUUID();
    await addCartItem(siteId, { sessionId: laptop, productId: mug.id, quantity: 3 });
    await addCartItem(siteId, { sessionId: laptop, productId: designable.id, designId: design.uuid, quantity: 1 }, { customerId: null, sessionId: tokenDigest(designer) });
    await auth({ action: "register", email, password: "long enough secret", sessionId: laptop });

    const phone = randomUUID();
    await addCartItem(siteId, { sessionId: phone, productId: mug.id, quantity: 4 });
    await addCartItem(siteId, { sessionId: phone, productId: tee.product.id, variantId: tee.variants[0].id, quantity: 1 });
    const login = await auth({ action: "login", email, password: "long enough secret", sessionId: phone });
    expect(login.status).toBe(200);

    const merged = await getCart(siteId, phone);
    const lines = merged.items.map((i) => [i.productId, i.quantity, i.design === null ? "plain" : "designed"]);
    // Mugs add up (3 + 4) but stop at the 5 in stock; the tee stays; the designed line moves over.
    // Moved lines keep their ids, so the cart lists them in the order they were first added.
    expect(lines).toEqual([
      [designable.id, 1, "designed"],
      [mug.id, 5, "plain"],
      [tee.product.id, 1, "plain"],
    ]);
    expect((await db().cart.findFirstOrThrow({ where: { siteId, sessionId: laptop } })).status).toBe("expired");
    expect((await getCart(siteId, laptop)).items).toEqual([]);
    expect((await db().cart.findFirstOrThrow({ where: { siteId, sessionId: phone } })).customerId).toBe(login.body.data.customer.id);
  });

  it("does nothing without a cart on either side", async () => {
    const email = `n-${randomUUID()}@example.com`;
    const sessionId = randomUUID();
    await auth({ action: "register", email, password: "long enough secret", sessionId });
    expect(await db().cart.count({ where: { siteId, sessionId } })).toBe(0);
  });
});
