import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as abandonedCartsRoute } from "@/app/api/cron/abandoned-carts/route";
import { GET as recoverRoute } from "@/app/api/storefront/[siteId]/cart/recover/route";
import { abandonDormantCarts } from "@/lib/cart/abandon-carts";
import { addCartItem } from "@/lib/cart/add-cart-item";
import { db } from "@/lib/db";
import { listOutbox, readOutboxMessage } from "@/lib/email/mailer";
import { assertCronCaller } from "@/lib/jobs/cron-route";
import { expirePendingOrders } from "@/lib/orders/expire-pending-orders";
import { callRoute } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";

const DAY = 24 * 60 * 60 * 1000;
const later = (ms: number) => new Date(Date.now() + ms);

describe("abandoned carts", () => {
  async function dormantCart(siteId: number, productId: number, email: string | null) {
    const sessionId = randomUUID();
    await addCartItem(siteId, { sessionId, productId, quantity: 2 });
    await db().cart.updateMany({ where: { siteId, sessionId }, data: { email } });
    return sessionId;
  }

  it("marks idle carts with an email abandoned and mails one working recovery link each", async () => {
    const shop = await createCheckoutStore({ stripe: false });
    const email = `cart-${randomUUID()}@example.com`;
    const sessionId = await dormantCart(shop.siteId, shop.product.id, email);
    const noEmail = await dormantCart(shop.siteId, shop.product.id, null);

    const runs = await Promise.all([abandonDormantCarts({ now: later(DAY + 60_000) }), abandonDormantCarts({ now: later(DAY + 60_000) })]);
    expect(runs.reduce((n, r) => n + r.emailed, 0)).toBeGreaterThanOrEqual(1);
    const mails = (await listOutbox({ limit: 500 })).filter((m) => m.to === email);
    expect(mails).toHaveLength(1);
    expect(mails[0].tag).toBe("abandoned-cart");
    expect((await db().cart.findFirstOrThrow({ where: { siteId: shop.siteId, sessionId } })).status).toBe("abandoned");
    expect((await db().cart.findFirstOrThrow({ where: { siteId: shop.siteId, sessionId: noEmail } })).status).toBe("active");

    const text = (await readOutboxMessage(mails[0].id))!.text;
    expect(text).toContain("Classic Crew Tee");
    const token = decodeURIComponent(/cart\/recover\?token=([\w%-]+)/.exec(text)![1]);
    const recovered = await callRoute(recoverRoute, `/api/storefront/${shop.siteId}/cart/recover?token=${token}`, { params: { siteId: String(shop.siteId) } });
    expect(recovered.status).toBe(302);
    expect((await db().cart.findFirstOrThrow({ where: { siteId: shop.siteId, sessionId } })).status).toBe("active");

    // A sweep right after the first mails nothing more; the recovered cart going dormant for a
    // further day is a new abandonment and gets a new link.
    await abandonDormantCarts({ now: later(60_000) });
    expect((await listOutbox({ limit: 500 })).filter((m) => m.to === email)).toHaveLength(1);
    await abandonDormantCarts({ now: later(2 * DAY + 60_000) });
    expect((await listOutbox({ limit: 500 })).filter((m) => m.to === email)).toHaveLength(2);
  });

  it("leaves recent carts alone and marks carts past their 7 days expired", async () => {
    const shop = await createCheckoutStore({ stripe: false });
    const email = `recent-${randomUUID()}@example.com`;
    const sessionId = await dormantCart(shop.siteId, shop.product.id, email);
    await abandonDormantCarts({ now: later(60 * 60 * 1000) });
    expect((await db().cart.findFirstOrThrow({ where: { siteId: shop.siteId, sessionId } })).status).toBe("active");
    expect((await listOutbox({ limit: 500 })).filter((m) => m.to === email)).toEqual([]);
    await abandonDormantCarts({ now: later(8 * DAY) });
    expect((await db().cart.findFirstOrThrow({ where: { siteId: shop.siteId, sessionId } })).status).toBe("expired");
  });
});

describe("expiring unpaid orders", () => {
  let stripe: FakeStripe;
  beforeAll(async () => {
    stripe = await startFakeStripe();
    process.env.STRIPE_API_URL = stripe.url;
  });
  afterAll(() => stripe.close());

  it("cancels demo orders left unpaid and gives back their stock and code use; paid and recent ones stay", async () => {
    const shop = await createCheckoutStore({ stripe: false });
    const place = async (extra = {}) => (await postCheckout(shop.siteId, checkoutBody(await cartWith(shop.siteId, shop.product.id, 1), extra))).body.data.orderId as number;
    const stale = await place({ discountCode: "TENOFF" });
    const recent = await place();
    expect((await db().product.findUniqueOrThrow({ where: { id: shop.product.id } })).inventory).toBe(3);
    await db().order.update({ where: { id: stale }, data: { createdAt: new Date(Date.now() - 2 * 60 * 60 * 1000) } });

    expect(await expirePendingOrders()).toEqual({ cancelled: 1, skipped: 0 });
    expect((await db().order.findUniqueOrThrow({ where: { id: stale } })).status).toBe("cancelled");
    expect((await db().order.findUniqueOrThrow({ where: { id: recent } })).status).toBe("pending");
    expect((await db().product.findUniqueOrThrow({ where: { id: shop.product.id } })).inventory).toBe(4);
    expect((await db().discountCode.findFirstOrThrow({ where: { siteId: shop.siteId, code: "TENOFF" } })).usedCount).toBe(0);
    expect(await expirePendingOrders()).toEqual({ cancelled: 0, skipped: 0 });
  });

  it("cancels a stale Stripe PaymentIntent, and skips one that succeeded meanwhile", async () => {
    const shop = await createCheckoutStore();
    const place = async () => (await postCheckout(shop.siteId, checkoutBody(await cartWith(shop.siteId, shop.product.id, 1)))).body.data;
    const unpaid = await place();
    const paidLate = await place();
    await db().order.updateMany({ where: { siteId: shop.siteId }, data: { createdAt: new Date(Date.now() - 2 * 60 * 60 * 1000) } });
    stripe.intents.get(paidLate.clientSecret.split("_secret_")[0])!.status = "succeeded";

    expect(await expirePendingOrders()).toMatchObject({ cancelled: 1, skipped: 1 });
    const unpaidIntent = unpaid.clientSecret.split("_secret_")[0];
    expect(stripe.requests.some((r) => r.path === `/v1/payment_intents/${unpaidIntent}/cancel`)).toBe(true);
    expect((await db().order.findUniqueOrThrow({ where: { id: paidLate.orderId } })).status).toBe("pending");
  });
});

describe("cron routes", () => {
  const request = (authorization?: string) => new Request("http://localhost/api/cron/x", { headers: authorization ? { authorization } : {} });

  it("answer 503 while CRON_SECRET is not configured", async () => {
    const response = await abandonedCartsRoute(request("Bearer anything"));
    expect(response.status).toBe(503);
    expect((await response.json()).errorCode).toBe("service_unavailable");
  });

  it("take only the configured bearer secret", () => {
    const secret = "a-long-cron-secret-value";
    expect(() => assertCronCaller(request(), secret)).toThrow(expect.objectContaining({ code: "unauthorized" }));
    expect(() => assertCronCaller(request("Bearer wrong"), secret)).toThrow(expect.objectContaining({ code: "unauthorized" }));
    expect(() => assertCronCaller(request(`Bearer ${secret}`), secret)).not.toThrow();
  });
});
