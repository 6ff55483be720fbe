import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as authRoute from "@/app/api/storefront/[siteId]/auth/route";
import { db } from "@/lib/db";
import { markOrderPaid } from "@/lib/orders/mark-order-paid";
import { transitionOrder } from "@/lib/orders/order-status";
import { callRoute, type ApiResult } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { bearer, signUp } from "../support/customers";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";
import { callOperation, storefrontOperations, type OperationRequest, type StorefrontOperation } from "../support/storefront-routes";

// The authorization matrix of every account endpoint, generated from the route files on disk:
// each served method of each route under /account is called with no token, malformed tokens, an
// expired and a logged-out token, a site-1 token on site 2, and by customer B on customer A's
// resources. A new account route without a request below fails this test until one is added.


// A valid request per operation, so that an answer other than 401/404 could only come from the
// handler letting the caller through (not from a 400 on the body).
const requests: Record<string, (ids: OwnerResources) => OperationRequest> = {
  "GET /account": () => ({}),
  "PATCH /account": () => ({ body: { firstName: "Mallory", phone: "555-0100" } }),
  "GET /account/addresses": () => ({}),
  "POST /account/addresses": () => ({ body: { line1: "1 Intruder Way", city: "Springfield", country: "US", isDefaultShipping: true } }),
  "GET /account/addresses/{addressId}": () => ({}),
  "PATCH /account/addresses/{addressId}": () => ({ body: { city: "Elsewhere", isDefaultBilling: true } }),
  "DELETE /account/addresses/{addressId}": () => ({}),
  "GET /account/loyalty": () => ({}),
  "GET /account/loyalty/activity": () => ({ query: "?page=1&limit=10" }),
  "GET /account/notifications": () => ({}),
  "PATCH /account/notifications": () => ({ body: { newsletter: { email: true, sms: true } } }),
  "GET /account/orders": () => ({ query: "?page=1&limit=10" }),
  "GET /account/orders/{orderNumber}": () => ({}),
  "POST /account/orders/{orderNumber}/cancel": () => ({ body: { reason: "Changed my mind" } }),
  "POST /account/orders/{orderNumber}/reorder": () => ({ body: { sessionId: "authorization-matrix-cart" } }),
  "POST /account/orders/{orderNumber}/returns": (ids) => ({ body: { items: [{ orderItemId: ids.orderItemId, quantity: 1 }], reason: "Too small", resolution: "refund" } }),
  "GET /account/orders/{orderNumber}/shipments": () => ({}),
  "GET /account/orders/{orderNumber}/payments": () => ({}),
  "GET /account/orders/{orderNumber}/refunds": () => ({}),
  "POST /account/orders/{orderNumber}/refunds": (ids) => ({ body: { items: [{ orderItemId: ids.orderItemId, quantity: 1 }], reason: "Arrived damaged" } }),
  "POST /account/orders/{orderNumber}/retry-payment": () => ({}),
  "POST /account/orders/{orderNumber}/resend-confirmation": () => ({}),
  "GET /account/returns": () => ({}),
  "GET /account/returns/{returnId}": () => ({}),
  "GET /account/reviews": () => ({}),
  "POST /account/password": () => ({ body: { currentPassword: "long enough secret", newPassword: "an entirely new secret" } }),
  "GET /account/support": () => ({}),
  "POST /account/support": () => ({ body: { subject: "Where is it?", body: "Please help." } }),
  "GET /account/support/{messageId}": () => ({}),
  "POST /account/support/{messageId}": () => ({ body: { body: "Any news?" } }),
  "GET /account/subscriptions": () => ({}),
  "POST /account/subscriptions": (ids) => ({ body: { planId: ids.planId, quantity: 1 } }),
  "GET /account/subscriptions/{subscriptionId}": () => ({}),
  "POST /account/subscriptions/{subscriptionId}": () => ({ body: { action: "cancel", effective: "immediate", reason: "Mallory was here" } }),
  "GET /account/wishlist": () => ({}),
  "POST /account/wishlist": (ids) => ({ body: { productId: ids.productId } }),
  "DELETE /account/wishlist": (ids) => ({ body: { productId: ids.productId } }),
};

type OwnerResources = {
  siteId: number;
  otherSiteId: number;
  productId: number;
  orderNumber: string;
  orderItemId: number;
  addressId: number;
  messageId: number;
  returnId: number;
  planId: number;
  subscriptionId: number;
};

function call(c: StorefrontOperation, ids: OwnerResources, headers: Record<string, string>, siteId = ids.siteId): Promise<ApiResult> {
  const values: Record<string, string> = {
    orderNumber: ids.orderNumber,
    addressId: String(ids.addressId),
    messageId: String(ids.messageId),
    returnId: String(ids.returnId),
    subscriptionId: String(ids.subscriptionId),
  };
  return callOperation(c, siteId, values, { ...requests[c.operation](ids), headers });
}

/** Everything customer A has, as one comparable value: no call by anyone else may change it. */
async function snapshotOf(customerId: number) {
  const customer = await db().customer.findUniqueOrThrow({ where: { id: customerId }, omit: { passwordHash: false } });
  const [addresses, orders, support, returns, wishlist, sessions, loyalty, subscriptions] = await Promise.all([
    db().address.findMany({ where: { customerId }, orderBy: { id: "asc" } }),
    db().order.findMany({ where: { customerId }, include: { statusHistory: true }, orderBy: { id: "asc" } }),
    db().supportMessage.findMany({ where: { customerId }, include: { replies: true }, orderBy: { id: "asc" } }),
    db().returnRequest.findMany({ where: { customerId }, include: { items: true }, orderBy: { id: "asc" } }),
    db().wishlistItem.findMany({ where: { wishlist: { customerId } }, orderBy: { id: "asc" } }),
    db().customerSession.count({ where: { customerId } }),
    db().loyaltyAccount.findMany({ where: { customerId }, include: { activity: { orderBy: { id: "asc" } } } }),
    db().subscription.findMany({ where: { customerId }, include: { changes: true }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ customer, addresses, orders, support, returns, wishlist, sessions, loyalty, subscriptions });
}

function expectUnauthorized(result: ApiResult, label: string) {
  expect({ label, status: result.status, body: result.body }).toEqual({
    label,
    status: 401,
    body: { success: false, message: "Unauthorized", errorCode: "unauthorized" },
  });
}

describe("account authorization matrix", () => {
  let stripe: FakeStripe;
  let cases: StorefrontOperation[];
  let ids: OwnerResources;
  let owner: Awaited<ReturnType<typeof signUp>>;
  let stranger: Awaited<ReturnType<typeof signUp>>;
  let otherSiteCustomer: Awaited<ReturnType<typeof signUp>>;
  const badTokens: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    cases = await storefrontOperations("/account");
    const shop = await createCheckoutStore({ stripe: false });
    const otherShop = await createCheckoutStore({ stripe: false });
    // With its loyalty program on, the owner's paid order earns points for the matrix to guard.
    await db().store.update({ where: { siteId: shop.siteId }, data: { loyaltyEnabled: true } });
    owner = await signUp(shop.siteId, { emailVerified: true });
    stranger = await signUp(shop.siteId);
    otherSiteCustomer = await signUp(otherShop.siteId);

    // Customer A's resources: a delivered order with a return request, an address, a support
    // thread and a wishlist item.
    const checkout = await postCheckout(shop.siteId, { ...checkoutBody(await cartWith(shop.siteId, shop.product.id, 3)), customerEmail: owner.email }, bearer(owner.token));
    const order = checkout.body.data as { orderId: number; orderNumber: string };
    await db().order.update({ where: { id: order.orderId }, data: { customerId: owner.id } });
    await markOrderPaid(order.orderId, { providerPaymentId: null, actor: "test" });
    await transitionOrder(db(), { orderId: order.orderId, to: "shipped", actor: "merchant" });
    await transitionOrder(db(), { orderId: order.orderId, to: "delivered", actor: "carrier" });
    const orderItemId = (await db().orderItem.findFirstOrThrow({ where: { orderId: order.orderId } })).id;
    const address = await db().address.create({ data: { customerId: owner.id, line1: "1 Owner Street", city: "Portland", country: "US" } });
    const message = await db().supportMessage.create({ data: { siteId: shop.siteId, customerId: owner.id, subject: "Owner's question", body: "Private words" } });
    const returnRequest = await db().returnRequest.create({
      data: { siteId: shop.siteId, customerId: owner.id, orderId: order.orderId, reason: "Too big", resolution: "refund", items: { create: [{ orderItemId, quantity: 1 }] } },
    });
    const wishlist = await db().wishlist.create({ data: { siteId: shop.siteId, customerId: owner.id } });
    await db().wishlistItem.create({ data: { wishlistId: wishlist.id, productId: shop.product.id } });
    // Subscriptions need the store's Stripe (the fake): keys are set once the demo-paid order exists.
    stripe = await startFakeStripe();
    process.env.STRIPE_API_URL = stripe.url;
    await db().store.update({ where: { siteId: shop.siteId }, data: { stripeSecretKey: "sk_test_fake", stripePublishableKey: "pk_test_fake" } });
    const plan = await db().subscriptionPlan.create({ data: { siteId: shop.siteId, productId: shop.product.id, name: "Monthly", interval: "month", price: 2000, currency: "USD" } });
    const started = await callRoute((await import("@/app/api/storefront/[siteId]/account/subscriptions/route")).POST, `/api/storefront/${shop.siteId}/account/subscriptions`, {
      params: { siteId: String(shop.siteId) },
      method: "POST",
      body: { planId: plan.id },
      headers: bearer(owner.token),
    });
    expect(started.status).toBe(201);
    ids = {
      siteId: shop.siteId,
      otherSiteId: otherShop.siteId,
      productId: shop.product.id,
      orderNumber: order.orderNumber,
      orderItemId,
      addressId: address.id,
      messageId: message.id,
      returnId: returnRequest.id,
      planId: plan.id,
      subscriptionId: started.body.data.subscription.id,
    };

    const idleExpired = await signUp(shop.siteId);
    await db().customerSession.updateMany({ where: { customerId: idleExpired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const absoluteExpired = await signUp(shop.siteId);
    await db().customerSession.updateMany({ where: { customerId: absoluteExpired.id }, data: { absoluteExpiresAt: new Date(Date.now() - 1000) } });
    const loggedOut = await signUp(shop.siteId);
    const logout = await callRoute(authRoute.POST, `/api/storefront/${shop.siteId}/auth`, {
      params: { siteId: String(shop.siteId) },
      method: "POST",
      body: { action: "logout" },
      headers: bearer(loggedOut.token),
    });
    expect(logout.status).toBe(200);

    Object.assign(badTokens, {
      "no header": {},
      "empty bearer": { authorization: "Bearer " },
      "scheme only": { authorization: "Bearer" },
      "basic scheme": { authorization: `Basic ${Buffer.from(`${owner.email}:long enough secret`).toString("base64")}` },
      "token without scheme": { authorization: owner.token },
      "token with a character added": { authorization: `Bearer ${owner.token}x` },
      "token cut short": { authorization: `Bearer ${owner.token.slice(0, -1)}` },
      "two tokens": { authorization: `Bearer ${owner.token} ${owner.token}` },
      "random token": { authorization: `Bearer ${"A".repeat(43)}` },
      "huge token": { authorization: `Bearer ${"A".repeat(10_000)}` },
      "idle-expired session": bearer(idleExpired.token),
      "absolutely expired session": bearer(absoluteExpired.token),
      "logged-out session": bearer(loggedOut.token),
    });
  });

  afterAll(() => stripe.close());

  it("has a request for every account operation", () => {
    expect(cases.length).toBeGreaterThanOrEqual(Object.keys(requests).length);
    expect(cases.map((c) => c.operation).filter((operation) => !requests[operation])).toEqual([]);
  });

  it("answers 401 to every operation without a live token, and changes nothing", async () => {
    const before = await snapshotOf(owner.id);
    for (const c of cases) {
      for (const [label, headers] of Object.entries(badTokens)) expectUnauthorized(await call(c, ids, headers), `${c.operation} with ${label}`);
    }
    expect(await snapshotOf(owner.id)).toBe(before);
  });

  it("answers 401 to a site-1 token on site 2, for its own customer and for a customer of site 2", async () => {
    const before = await snapshotOf(owner.id);
    for (const c of cases) {
      expectUnauthorized(await call(c, ids, bearer(owner.token), ids.otherSiteId), `${c.operation}: site-1 owner on site 2`);
      expectUnauthorized(await call(c, ids, bearer(otherSiteCustomer.token), ids.siteId), `${c.operation}: site-2 customer on site 1`);
    }
    expect(await snapshotOf(owner.id)).toBe(before);
  });

  it("answers 404 to customer B on each of A's resources, shows B none of A's data, and changes none of it", async () => {
    const before = await snapshotOf(owner.id);
    const ownersWords = [owner.email, ids.orderNumber, "1 Owner Street", "Owner's question", "Private words", "Too big"];
    for (const c of cases) {
      const result = await call(c, ids, bearer(stranger.token));
      const label = `${c.operation} by another customer`;
      if (c.params.length > 0) {
        expect({ label, status: result.status, errorCode: result.body?.errorCode }).toEqual({ label, status: 404, errorCode: "not_found" });
      } else {
        expect({ label, ok: result.status < 300 }).toEqual({ label, ok: true });
      }
      for (const word of ownersWords) expect({ label, leaks: result.text.includes(word) ? word : null }).toEqual({ label, leaks: null });
    }
    expect(await snapshotOf(owner.id)).toBe(before);
  });

  it("lets the owner through on every operation (so the 401s and 404s above are about the caller)", async () => {
    // Reads first, then writes, deletes last. Some are refused on their merits: a delivered order
    // cannot be cancelled, a paid one needs no payment retry, and the store takes no refund requests.
    const refusedOnMerits: Record<string, number> = {
      "POST /account/orders/{orderNumber}/cancel": 409,
      "POST /account/orders/{orderNumber}/retry-payment": 409,
      "POST /account/orders/{orderNumber}/refunds": 403,
    };
    const order = ["GET", "POST", "PATCH", "PUT", "DELETE"];
    const sorted = [...cases].sort((a, b) => order.indexOf(a.method) - order.indexOf(b.method));
    for (const c of sorted) {
      const result = await call(c, ids, bearer(owner.token));
      const expected = refusedOnMerits[c.operation] ?? (result.status < 300 ? result.status : "2xx");
      expect({ operation: c.operation, status: result.status, message: result.body?.message }).toMatchObject({ operation: c.operation, status: expected });
    }
  });

  it("answers 401 to the auth actions that need a session, with every bad token", async () => {
    for (const action of ["me", "logout", "resend-verification"]) {
      for (const [label, headers] of Object.entries(badTokens)) {
        const result = await callRoute(authRoute.POST, `/api/storefront/${ids.siteId}/auth`, { params: { siteId: String(ids.siteId) }, method: "POST", body: { action }, headers });
        expectUnauthorized(result, `${action} with ${label}`);
      }
    }
  });
});
