import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as alertRoute from "@/app/api/storefront/[siteId]/products/[slug]/back-in-stock/route";
import { addCartItem } from "@/lib/cart/add-cart-item";
import { db } from "@/lib/db";
import { listOutbox, readOutboxMessage } from "@/lib/email/mailer";
import { releaseOrderHolds } from "@/lib/orders/release-holds";
import { sendBackInStockAlerts } from "@/lib/stock-alerts/send-back-in-stock-alerts";
import { callRoute } from "../support/api";
import { checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { createProductWithVariants } from "../support/fixtures";

async function soldOutHoodie() {
  const shop = await createCheckoutStore({ stripe: false });
  const { product, variants } = await createProductWithVariants(shop.siteId, [{ size: "S", inventory: 0 }, { size: "M", inventory: 4 }], { name: "Hoodie" });
  const ask = (body: unknown, headers: Record<string, string> = {}) =>
    callRoute(alertRoute.POST, `/api/storefront/${shop.siteId}/products/${product.slug}/back-in-stock`, {
      params: { siteId: String(shop.siteId), slug: product.slug },
      method: "POST",
      body,
      headers,
    });
  return { shop, product, small: variants[0], medium: variants[1], ask };
}

const mailsTo = async (email: string) => (await listOutbox({ limit: 1000 })).filter((m) => m.to === email);
const freshEmail = () => `waiting-${randomUUID()}@example.com`;

describe("POST /products/{slug}/back-in-stock", () => {
  it("sets one alert per e-mail and out-of-stock variant, however often it is asked", async () => {
    const { small, ask } = await soldOutHoodie();
    const email = freshEmail();
    const first = await ask({ email: email.toUpperCase(), variantId: small.id });
    expect(first.status).toBe(200);
    expect(first.body.data).toEqual({ variantId: small.id, email, subscribed: true });
    const again = await Promise.all([1, 2, 3].map(() => ask({ email, variantId: small.id })));
    expect(again.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await db().backInStockAlert.count({ where: { variantId: small.id, email } })).toBe(1);
  });

  it("refuses an in-stock variant (409), another product's or an unknown variant (404) and a bad e-mail (400)", async () => {
    const { shop, small, medium, ask } = await soldOutHoodie();
    expect((await ask({ email: freshEmail(), variantId: medium.id })).body).toEqual({ success: false, message: "This option is in stock: add it to your cart instead", errorCode: "conflict" });
    const other = await createProductWithVariants(shop.siteId, [{ size: "L", inventory: 0 }]);
    expect((await ask({ email: freshEmail(), variantId: other.variants[0].id })).status).toBe(404);
    expect((await ask({ email: freshEmail(), variantId: 999_999 })).status).toBe(404);
    expect((await ask({ email: "not-an-address", variantId: small.id })).body.message).toBe("email must be a valid email address");
    expect((await ask({ email: freshEmail() })).body.message).toBe("variantId must be a positive integer");
  });

  it("is rate-limited per e-mail address", async () => {
    const { small, ask } = await soldOutHoodie();
    const email = freshEmail();
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await ask({ email, variantId: small.id })).status);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    const limited = await ask({ email, variantId: small.id });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("back-in-stock e-mails", () => {
  it("send exactly one message when a restock brings stock back, even to racing sweeps", async () => {
    const { shop, product, small, ask } = await soldOutHoodie();
    const email = freshEmail();
    await ask({ email, variantId: small.id });
    await sendBackInStockAlerts();
    expect(await mailsTo(email)).toHaveLength(0); // still out of stock

    await db().productVariant.update({ where: { id: small.id }, data: { inventory: 3 } });
    await Promise.all([1, 2, 3, 4, 5].map(() => sendBackInStockAlerts()));
    await sendBackInStockAlerts();
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Hoodie is back in stock at ${(await db().store.findUniqueOrThrow({ where: { siteId: shop.siteId } })).name}`);
    expect((await readOutboxMessage(mails[0].id))!.text).toContain(`/store/products/${product.slug}`);

    // Sold out and asked for again: the alert waits for the next restock, and mails once more.
    await db().productVariant.update({ where: { id: small.id }, data: { inventory: 0 } });
    await ask({ email, variantId: small.id });
    await sendBackInStockAlerts();
    expect(await mailsTo(email)).toHaveLength(1);
    await db().productVariant.update({ where: { id: small.id }, data: { inventory: 1 } });
    await sendBackInStockAlerts();
    expect(await mailsTo(email)).toHaveLength(2);
  });

  it("go out when a cancelled order gives its held stock back", async () => {
    const { shop, product, small, ask } = await soldOutHoodie();
    await db().productVariant.update({ where: { id: small.id }, data: { inventory: 1 } });
    const sessionId = randomUUID();
    await addCartItem(shop.siteId, { sessionId, productId: product.id, variantId: small.id, quantity: 1 });
    const { body } = await postCheckout(shop.siteId, checkoutBody(sessionId));
    expect((await db().productVariant.findUniqueOrThrow({ where: { id: small.id } })).inventory).toBe(0);
    const email = freshEmail();
    expect((await ask({ email, variantId: small.id })).status).toBe(200);
    await releaseOrderHolds(body.data.orderId, { toStatus: "cancelled", note: "Changed my mind", actor: "customer" });
    await sendBackInStockAlerts();
    expect(await mailsTo(email)).toHaveLength(1);
  });
});
